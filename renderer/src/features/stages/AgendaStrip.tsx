import { totalDurationMs } from '#shared/stages/defaultPlan';
import { agendaRows, describeDrift, driftMs, formatSpan } from '#shared/stages/schedule';
import { remainingMs } from '#shared/stages/timer';
import type { StagePlan, StageTimer } from '#shared/stages/types';

import { useRunCommand } from '../../commands/useCommands';
import { useNow } from '../../ui/useNow';
import { goToStage } from './commands/runCommands';

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** The running order: planned start of every stage, when it actually began, and ahead/behind. */
export function AgendaStrip({ plan, timer }: { plan: StagePlan; timer: StageTimer }) {
  const run = useRunCommand();
  // Ahead/behind changes by the second only while the clock runs or the session is under way.
  const now = useNow(plan.runStartedAt !== null, 1000);
  const drift = driftMs(plan, remainingMs(timer, now), now);
  const driftWord = describeDrift(drift);
  const driftTone =
    drift === null || Math.abs(drift) < 30_000 ? 'even' : drift > 0 ? 'behind' : 'ahead';
  return (
    <nav className="agenda" aria-label="Agenda">
      <div className="agenda-head">
        <h3>Agenda</h3>
        <span className="agenda-total">{formatSpan(totalDurationMs(plan.stages))} planned</span>
        <span className={`agenda-drift drift-${driftTone}`} role="status">
          {driftWord}
        </span>
      </div>
      <ol className="agenda-list">
        {agendaRows(plan).map((row) => (
          <li
            key={row.stageId}
            className={`agenda-item agenda-${row.status}`}
            aria-current={row.status === 'current' ? 'step' : undefined}
          >
            <button
              type="button"
              className="agenda-button"
              onClick={() =>
                void run(goToStage, { sessionId: plan.sessionId, stageId: row.stageId })
              }
              title={`Go to ${row.title}`}
            >
              <span className="agenda-title">{row.title}</span>
              <span className="agenda-times">
                <span className="agenda-planned" title="Planned start">
                  {row.plannedStartAt !== null
                    ? clockTime(row.plannedStartAt)
                    : `+${formatSpan(row.plannedOffsetMs)}`}
                </span>
                {row.actualStartAt !== null && (
                  <span className="agenda-actual" title="Actual start">
                    {' '}
                    → {clockTime(row.actualStartAt)}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
