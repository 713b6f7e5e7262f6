import { useRef } from 'react';

import { LANES } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { ScreenText } from './ScreenText';
import { SPOTLIGHT_FIT_STEPS, useFitText } from './useFit';

/** One card, as large as the screen allows. */
export function PresenterSpotlight({ card, scale }: { card: Card; scale: number }) {
  const textRef = useRef<HTMLParagraphElement>(null);
  useFitText(textRef, SPOTLIGHT_FIT_STEPS, [card.text, scale]);
  return (
    <section aria-label="Spotlight" className={`present-spotlight lane-${card.lane}`}>
      <p className="present-spotlight-lane">
        <span className="lane-icon" aria-hidden="true" />
        <ScreenText text={LANES[card.lane].label} />
      </p>
      <p ref={textRef} className="present-spotlight-text">
        <ScreenText text={card.text} />
      </p>
    </section>
  );
}
