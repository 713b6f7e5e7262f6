import type { SessionId } from '#shared/domain/ids';
import { LANE_IDS, LANES } from '#shared/domain/lanes';
import {
  formatTextScale,
  presenterView,
  TEXT_SCALES,
  type PresenterMode,
  type PresenterState,
} from '#shared/presenter/presenterState';

import { useServices } from '../../commands/AppServices';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useLiveQuery } from '../../db/useLiveQuery';
import { parley } from '../../platform/bridge';
import {
  clearSpotlight,
  setLaneHidden,
  setPresenterMode,
  setPresenterPanelOpen,
  setPresenterTheme,
  stepPresenterTextScale,
} from './commands/presenterCommands';
import { LaneCheckbox } from './LaneCheckbox';
import { PresenterPreview } from './PresenterPreview';
import { usePresenterState } from './usePresenterState';

const MODES: readonly { mode: PresenterMode; label: string }[] = [
  { mode: 'board', label: 'Board' },
  { mode: 'prompt', label: 'Current prompt' },
  { mode: 'agreement', label: 'The draft' },
  { mode: 'practicability', label: 'Practicability chart' },
];

/** The facilitator's side panel while presenting: a live preview of the wall and every control for it. */
export function PresenterPanel({ sessionId }: { sessionId: SessionId }) {
  const state = usePresenterState(sessionId);
  if (!state?.panelOpen) return null;
  return <OpenPanel sessionId={sessionId} state={state} />;
}

function OpenPanel({ sessionId, state }: { sessionId: SessionId; state: PresenterState }) {
  const { db } = useServices();
  const run = useRunWithNotice();
  const view = presenterView(state);
  const spotlightText = useLiveQuery(
    async () =>
      state.spotlightCardId ? ((await db.cards.get(state.spotlightCardId))?.text ?? null) : null,
    [db, state.spotlightCardId],
  );

  const showing =
    view.kind === 'blank'
      ? 'Blank (press B to bring it back)'
      : view.kind === 'spotlight'
        ? 'One card, large'
        : view.kind === 'prompt'
          ? 'The current prompt'
          : view.kind === 'agreement'
            ? 'The agreement draft'
            : view.kind === 'practicability'
              ? 'Importance against practicability'
              : 'The board';
  const scaleIndex = (TEXT_SCALES as readonly number[]).indexOf(state.textScale);

  return (
    <aside className="presenter-panel" aria-label="Room view controls">
      <header className="presenter-panel-header">
        <h2 className="presenter-panel-title">Room view</h2>
        <button
          type="button"
          className="icon-button icon-close"
          aria-label="Hide room view controls"
          title="Hide these controls"
          onClick={() => void run(setPresenterPanelOpen, { sessionId, open: false })}
        />
      </header>

      <PresenterPreview sessionId={sessionId} />
      <p className="presenter-panel-status" role="status">
        On the wall: <strong>{showing}</strong>
      </p>

      {view.kind === 'spotlight' && (
        <div className="presenter-panel-spotlight">
          <p className="presenter-panel-spotlight-text">{spotlightText ?? ''}</p>
          <button
            type="button"
            className="button"
            onClick={() => void run(clearSpotlight, { sessionId })}
          >
            Back to the board
          </button>
        </div>
      )}

      <div className="presenter-panel-group" role="group" aria-label="Show on the wall">
        {MODES.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            className={`button segment${state.mode === mode && view.kind === mode ? ' is-on' : ''}`}
            aria-pressed={state.mode === mode && view.kind === mode}
            onClick={() => void run(setPresenterMode, { sessionId, mode })}
          >
            {label}
          </button>
        ))}
      </div>

      <fieldset className="presenter-panel-lanes">
        <legend>Lanes on the wall</legend>
        {LANE_IDS.map((lane) => (
          <LaneCheckbox
            key={lane}
            label={`Show ${LANES[lane].label}`}
            shown={!state.hiddenLanes.includes(lane)}
            onToggle={async (show) =>
              (await run(setLaneHidden, { sessionId, lane, hidden: !show })).ok
            }
          />
        ))}
      </fieldset>

      <div className="presenter-panel-row" role="group" aria-label="Text size">
        <span className="presenter-panel-label">Text size</span>
        <button
          type="button"
          className="button segment"
          aria-label="Smaller text"
          disabled={scaleIndex === 0}
          onClick={() => void run(stepPresenterTextScale, { sessionId, direction: -1 })}
        >
          A−
        </button>
        <output className="presenter-panel-scale" aria-live="polite">
          {formatTextScale(state.textScale)}
        </output>
        <button
          type="button"
          className="button segment"
          aria-label="Larger text"
          disabled={scaleIndex === TEXT_SCALES.length - 1}
          onClick={() => void run(stepPresenterTextScale, { sessionId, direction: 1 })}
        >
          A+
        </button>
      </div>

      <div className="presenter-panel-row" role="group" aria-label="Colours">
        <span className="presenter-panel-label">Colours</span>
        {(['dark', 'light'] as const).map((theme) => (
          <button
            key={theme}
            type="button"
            className={`button segment${state.theme === theme ? ' is-on' : ''}`}
            aria-pressed={state.theme === theme}
            onClick={() => void run(setPresenterTheme, { sessionId, theme })}
          >
            {theme === 'dark' ? 'Dark' : 'Bright'}
          </button>
        ))}
      </div>

      <button
        type="button"
        className="button presenter-panel-close"
        onClick={() => void parley.closePresenter({})}
      >
        Close the room window
      </button>
    </aside>
  );
}
