import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, type ReactNode } from 'react';
import type { CardId } from '../../../../shared/domain/ids';
import { LANES } from '../../../../shared/domain/lanes';
import { useServices } from '../../app/AppContext';
import { ScreenText } from './ScreenText';
import { SPOTLIGHT_FIT_STEPS, useFitText } from './useFit';

/** One card, as large as the screen allows. `fallback` is drawn if the card was deleted meanwhile. */
export function PresenterSpotlight({ cardId, scale, fallback }: { cardId: CardId; scale: number; fallback: ReactNode }) {
  const { db } = useServices();
  const card = useLiveQuery(async () => (await db.cards.get(cardId)) ?? null, [db, cardId]);
  const textRef = useRef<HTMLParagraphElement>(null);
  useFitText(textRef, SPOTLIGHT_FIT_STEPS, [card?.text, scale]);

  if (card === undefined) return null;
  if (card === null) return <>{fallback}</>;
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
