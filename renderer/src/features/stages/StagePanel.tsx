import { useEffect, useMemo } from 'react';

import type { SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';
import { currentPosition } from '#shared/stages/navigation';
import type { StagePlan } from '#shared/stages/types';

import { useRunCommand } from '../../commands/useCommands';
import type { BoardCommandContext } from '../../commands/userCommand';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { stagePanelShown, useCompactLayout } from '../../ui/useCompactLayout';
import { navigate } from '../../ui/useHashRoute';
import { useWindowStore } from '../../ui/windowStore';
import { AgendaStrip } from './AgendaStrip';
import { ensureStagePlan } from './commands/planCommands';
import { goToStage } from './commands/runCommands';
import { CurrentStage } from './CurrentStage';
import { PrivateNotes } from './PrivateNotes';
import { ShortcutOverlay } from './ShortcutOverlay';
import { StagePanelToggle } from './StagePanelToggle';
import { StageTimerControls } from './StageTimerControls';
import { useBoardCommandKeys } from './useBoardCommandKeys';
import { useChimeOn, useStagePlan, useStageTimer } from './useStageData';

/**
 * The facilitator's side panel on the board: the stage, its prompts, the clock, moving on, the
 * agenda and the private notes. Private notes are rendered here and nowhere else in the app.
 */
export function StagePanel({ sessionId }: { sessionId: SessionId }) {
  const plan = useStagePlan(sessionId);
  const run = useRunCommand();

  // Sessions from before stage plans existed get the default plan the first time they open.
  useEffect(() => {
    if (plan === null) void run(ensureStagePlan, { sessionId });
  }, [plan, run, sessionId]);

  if (!plan) {
    return (
      <aside className="stage-panel" aria-label="Facilitation">
        <p className="hint" role="status">
          Preparing the stage plan…
        </p>
      </aside>
    );
  }
  return <LoadedStagePanel plan={plan} />;
}

function LoadedStagePanel({ plan }: { plan: StagePlan }) {
  const run = useRunCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  const runWithNotice = useRunWithNotice();
  const timer = useStageTimer(plan);
  const chimeOn = useChimeOn();
  const shortcutsOpen = useWindowStore((s) => s.shortcutsOpen);
  const setShortcutsOpen = useWindowStore((s) => s.setShortcutsOpen);
  const captureLane = useWindowStore((s) => s.captureLane);
  const setCaptureLane = useWindowStore((s) => s.setCaptureLane);
  const position = currentPosition(plan);
  const { stage } = position;
  const sessionId = plan.sessionId;
  const shown = stagePanelShown(
    useWindowStore((s) => s.stagePanelOpen),
    useCompactLayout(),
  );

  // A new stage brings capture back to its own lane.
  useEffect(() => setCaptureLane(null), [stage.id, setCaptureLane]);

  const ctx = useMemo<BoardCommandContext>(
    () => ({
      sessionId,
      run,
      captureLane: () => captureLane ?? stage.lane ?? 'legitimacy',
      switchCaptureLane: setCaptureLane,
      chimeOn,
      shortcutsOpen,
      toggleShortcuts: () => setShortcutsOpen(!shortcutsOpen),
      openPlanEditor: () => navigate({ name: 'stage-plan', sessionId }),
      notify: (message, tone = 'info') => showNotice({ tone, message }),
    }),
    [
      sessionId,
      run,
      captureLane,
      stage.lane,
      setCaptureLane,
      chimeOn,
      shortcutsOpen,
      setShortcutsOpen,
      showNotice,
    ],
  );
  useBoardCommandKeys(ctx);

  async function step(direction: 1 | -1) {
    await runWithNotice(goToStage, { sessionId, step: direction }, { failureTone: 'info' });
  }

  const lane = captureLane ?? stage.lane;
  const nav = (
    <div className="stage-nav">
      <button
        type="button"
        className="button"
        onClick={() => void step(-1)}
        disabled={position.isFirst}
        aria-keyshortcuts="P PageUp"
      >
        <span aria-hidden="true">←</span> Previous stage
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void step(1)}
        disabled={position.isLast}
        aria-keyshortcuts="N PageDown"
      >
        Next stage <span aria-hidden="true">→</span>
      </button>
    </div>
  );
  if (!shown) {
    // The laptop strip: the contract's controls stay in reach; prompts, agenda open on demand.
    return (
      <aside className="stage-panel stage-strip" aria-label="Facilitation">
        <StagePanelToggle open={false} />
        <CurrentStage stage={stage} index={position.index} count={plan.stages.length} compact />
        {timer && <StageTimerControls sessionId={sessionId} timer={timer} chimeOn={chimeOn} />}
        {nav}
        <PrivateNotes key={stage.id} sessionId={sessionId} stage={stage} />
        {shortcutsOpen && <ShortcutOverlay onClose={() => setShortcutsOpen(false)} />}
      </aside>
    );
  }
  return (
    <aside className="stage-panel" aria-label="Facilitation">
      <StagePanelToggle open />
      <CurrentStage stage={stage} index={position.index} count={plan.stages.length} />
      {timer && <StageTimerControls sessionId={sessionId} timer={timer} chimeOn={chimeOn} />}
      {nav}
      <p className="stage-capture hint">
        {lane ? (
          <>
            Capturing into <strong>{LANES[lane].label}</strong> · <kbd>C</kbd> to type, <kbd>L</kbd>{' '}
            to switch lane, <kbd>?</kbd> for all keys
          </>
        ) : (
          <>
            Press <kbd>1</kbd>–<kbd>5</kbd> to type into a lane, <kbd>?</kbd> for all keys
          </>
        )}
      </p>
      <PrivateNotes key={stage.id} sessionId={sessionId} stage={stage} />
      {timer && <AgendaStrip plan={plan} timer={timer} />}
      {shortcutsOpen && <ShortcutOverlay onClose={() => setShortcutsOpen(false)} />}
    </aside>
  );
}
