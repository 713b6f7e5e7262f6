import type { CardId, SessionId } from '#shared/domain/ids';

import { useRunCommand } from '../../commands/useCommands';
import { useUiStore } from '../../ui/uiStore';
import { toggleSpotlight } from './commands/presenterCommands';
import { usePresenterUi } from './presenterUiStore';

/** A card's Spotlight button (automation contract: the name is exactly "Spotlight"); pressed while it is on the wall. */
export function SpotlightButton({ sessionId, cardId }: { sessionId: SessionId; cardId: CardId }) {
  const run = useRunCommand();
  const on = usePresenterUi((s) => s.spotlightCardId === cardId);
  const showNotice = useUiStore((s) => s.showNotice);
  return (
    <button
      type="button"
      className={`icon-button icon-spotlight${on ? ' is-on' : ''}`}
      aria-label="Spotlight"
      aria-pressed={on}
      title={on ? 'Take this card off the room screen' : 'Show this card large on the room screen'}
      onClick={async () => {
        const outcome = await run(toggleSpotlight, { sessionId, cardId });
        if (!outcome.ok) showNotice({ tone: 'error', message: outcome.message });
      }}
    />
  );
}
