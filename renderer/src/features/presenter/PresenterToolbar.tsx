import { useEffect } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { parley } from '../../platform/bridge';
import { useWindowStore } from '../../ui/windowStore';
import { setBlankScreen, startPresenting } from './commands/presenterCommands';
import { usePresenterState } from './usePresenterState';

/** Present and Blank screen on the board's toolbar, and the B key (when not typing) for blanking. */
export function PresenterToolbar({ sessionId }: { sessionId: SessionId }) {
  const run = useRunWithNotice();
  const state = usePresenterState(sessionId);
  const showNotice = useWindowStore((s) => s.showNotice);
  const setSpotlightCardId = useWindowStore((s) => s.setSpotlightCardId);
  const blank = state?.blank ?? false;
  const spotlight = state?.spotlightCardId ?? null;

  useEffect(() => setSpotlightCardId(spotlight), [spotlight, setSpotlightCardId]);
  useEffect(() => () => setSpotlightCardId(null), [setSpotlightCardId]);

  async function present() {
    const started = await run(startPresenting, { sessionId });
    if (!started.ok) return;
    const opened = await parley.openPresenter({ sessionId });
    if (!opened.ok) return showNotice({ tone: 'error', message: opened.error.message });
    showNotice({
      tone: 'info',
      message: opened.value.external
        ? `The room view is full screen on ${opened.value.displayLabel ?? 'the second display'}. Esc there closes it.`
        : 'The room view opened in its own window: move it to the projector and make it full screen.',
    });
  }

  async function toggleBlank() {
    await run(setBlankScreen, { sessionId });
  }

  // The B key is the room.blank command (features/presenter/keys.ts).

  return (
    <div className="presenter-toolbar" role="group" aria-label="Room screen">
      <button type="button" className="button button-primary" onClick={() => void present()}>
        <span className="icon-present" aria-hidden="true" />
        Present
      </button>
      <button
        type="button"
        className={`button button-blank${blank ? ' is-on' : ''}`}
        aria-pressed={blank}
        title="Blank the room screen (B)"
        onClick={() => void toggleBlank()}
      >
        Blank screen
      </button>
    </div>
  );
}
