import { useLayoutEffect, useRef, useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { PresenterScreen } from './PresenterScreen';
import { PreviewContext } from './ScreenText';

/** The screen is laid out at a projector's 1280×720 and scaled down, so the preview fits exactly as the wall does. */
const LOGICAL = { width: 1280, height: 720 };

/**
 * A small live copy of what the room sees, drawn by the same components from the same rows —
 * so it cannot show anything the room view does not. Hidden from assistive technology (the
 * board itself is the accessible version) and inert, so it takes no focus or clicks.
 */
export function PresenterPreview({ sessionId }: { sessionId: SessionId }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.2);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setScale(box.clientWidth / LOGICAL.width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={boxRef}
      className="presenter-preview"
      aria-hidden="true"
      inert
      style={{ height: LOGICAL.height * scale }}
    >
      <div
        className="presenter-preview-canvas"
        style={{ width: LOGICAL.width, height: LOGICAL.height, transform: `scale(${scale})` }}
      >
        <PreviewContext.Provider value={true}>
          <PresenterScreen sessionId={sessionId} />
        </PreviewContext.Provider>
      </div>
    </div>
  );
}
