import type { CardId, SessionId } from '#shared/domain/ids';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { toggleSpotlight } from './commands/presenterCommands';

/** A card's Spotlight button (automation contract: the name is exactly "Spotlight"); pressed while it is on the wall. */
export function SpotlightButton({ sessionId, cardId }: { sessionId: SessionId; cardId: CardId }) {
  const run = useRunWithNotice();
  const on = useWindowStore((s) => s.spotlightCardId === cardId);
  return (
    <button
      type="button"
      className={`icon-button icon-spotlight${on ? ' is-on' : ''}`}
      aria-label="Spotlight"
      aria-pressed={on}
      title={on ? 'Take this card off the room screen' : 'Show this card large on the room screen'}
      onClick={async () => {
        await run(toggleSpotlight, { sessionId, cardId });
      }}
    />
  );
}
