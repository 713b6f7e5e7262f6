import { useEffect } from 'react';
import type { SessionId } from '../../../../shared/domain/ids';
import { useRunCommand } from '../../commands/useCommands';
import { parley } from '../../platform/bridge';
import { isTextEntry } from '../../ui/isTextEntry';
import { useUiStore } from '../../ui/uiStore';
import { setBlankScreen, startPresenting } from './commands/presenterCommands';
import { usePresenterUi } from './presenterUiStore';
import { usePresenterState } from './usePresenterState';

/** Present and Blank screen on the board's toolbar, and the B key (when not typing) for blanking. */
export function PresenterToolbar({ sessionId }: { sessionId: SessionId }) {
  const run = useRunCommand();
  const state = usePresenterState(sessionId);
  const showNotice = useUiStore((s) => s.showNotice);
  const setSpotlightCardId = usePresenterUi((s) => s.setSpotlightCardId);
  const blank = state?.blank ?? false;
  const spotlight = state?.spotlightCardId ?? null;

  useEffect(() => setSpotlightCardId(spotlight), [spotlight, setSpotlightCardId]);
  useEffect(() => () => setSpotlightCardId(null), [setSpotlightCardId]);

  async function present() {
    const started = await run(startPresenting, { sessionId });
    if (!started.ok) return showNotice({ tone: 'error', message: started.message });
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
    const outcome = await run(setBlankScreen, { sessionId });
    if (!outcome.ok) showNotice({ tone: 'error', message: outcome.message });
  }

  // B blanks the wall while the facilitator is presenting (the room view's controls are open).
  // Guided facilitation also binds B (previous stage): while presenting, blanking wins — this
  // listener runs in the capture phase and marks the event handled; otherwise B is left to it.
  const presenting = state?.panelOpen ?? false;
  useEffect(() => {
    if (!presenting) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'b' || event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTextEntry(event.target)) return;
      event.preventDefault();
      void run(setBlankScreen, { sessionId });
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [run, sessionId, presenting]);

  return (
    <div className="presenter-toolbar" role="group" aria-label="Room screen">
      <button type="button" className="button button-primary" onClick={() => void present()}>
        <span className="icon-present" aria-hidden="true" />
        Present
      </button>
      <button type="button" className={`button button-blank${blank ? ' is-on' : ''}`} aria-pressed={blank} title="Blank the room screen (B)" onClick={() => void toggleBlank()}>
        Blank screen
      </button>
    </div>
  );
}
