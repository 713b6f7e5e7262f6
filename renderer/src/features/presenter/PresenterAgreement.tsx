import { useEffect, useRef, useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { AgreementSummary } from '../agreement';
import { BLOCK_FIT_STEPS, useFitText } from './useFit';

/**
 * Agreement mode: the draft as the agreement feature presents it to a room (read-only, withdrawn
 * clauses left out, no controls), shrunk to fit the wall. The summary reads its own data, so the
 * fit runs again whenever its text changes (watched in the DOM; style changes are not watched,
 * so the fit's own writes cannot trigger it).
 */
export function PresenterAgreement({ sessionId, scale }: { sessionId: SessionId; scale: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [contentVersion, setContentVersion] = useState(0);
  useFitText(ref, BLOCK_FIT_STEPS, [sessionId, scale, contentVersion]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new MutationObserver(() => setContentVersion((v) => v + 1));
    observer.observe(el, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} className="present-agreement">
      <AgreementSummary sessionId={sessionId} />
    </div>
  );
}
