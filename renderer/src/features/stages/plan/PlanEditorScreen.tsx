import { useEffect, useState } from 'react';

import { useRunCommand } from '#renderer/commands/useCommands';
import { isReadFailure } from '#renderer/db/readOrFailure';
import { MissingSessionPanel } from '#renderer/ui/MissingSessionPanel';
import { ReadFailedPanel } from '#renderer/ui/ReadFailedPanel';
import { ScreenHeader } from '#renderer/ui/ScreenHeader';
import type { SessionId } from '#shared/domain/ids';
import { totalDurationMs } from '#shared/stages/defaultPlan';
import type { PlanEdit } from '#shared/stages/planEdits';
import { formatSpan } from '#shared/stages/schedule';
import type { StageId } from '#shared/stages/types';

import { useBoardSession } from '../../board';
import { editPlan, ensureStagePlan } from '../commands/planCommands';
import { useStagePlan } from '../useStageData';
import { StageEditor } from './StageEditor';
import { TemplatePanel } from './TemplatePanel';

/** Preparing the day before: every stage's title, length, lane, purpose and prompts, in order. */
export function PlanEditorScreen({ sessionId }: { sessionId: SessionId }) {
  const board = useBoardSession(sessionId);
  const plan = useStagePlan(sessionId);
  const run = useRunCommand();
  // A stage just added takes the focus, so its title can be typed straight away.
  const [addedId, setAddedId] = useState<StageId | null>(null);

  useEffect(() => {
    if (plan === null && board && board !== 'missing' && !isReadFailure(board))
      void run(ensureStagePlan, { sessionId });
  }, [plan, board, run, sessionId]);

  if (isReadFailure(board)) return <ReadFailedPanel what="this session" detail={board.message} />;
  if (board === 'missing') return <MissingSessionPanel />;
  if (!board || !plan) {
    return (
      <p className="loading" role="status">
        Opening the plan…
      </p>
    );
  }

  /** Returns the refusal to show beside the field, or null when the edit was applied. */
  const apply = async (edit: PlanEdit): Promise<string | null> => {
    const outcome = await run(editPlan, { sessionId, edit });
    return outcome.ok ? null : outcome.message;
  };

  async function addStage(after: StageId | null) {
    const outcome = await run(editPlan, {
      sessionId,
      edit: { type: 'add', after, title: 'New stage' },
    });
    if (!outcome.ok) return;
    const before = new Set(plan?.stages.map((s) => s.id));
    setAddedId(outcome.value.stages.find((s) => !before.has(s.id))?.id ?? null);
  }

  return (
    <div className="plan-screen">
      <ScreenHeader
        back={{ to: { name: 'session', sessionId }, label: '← Back to the board' }}
        title={`Stage plan · ${board.session.title}`}
      >
        <span className="plan-total">
          {plan.stages.length} stages · {formatSpan(totalDurationMs(plan.stages))} in all
        </span>
      </ScreenHeader>
      <div className="plan-body">
        <main className="plan-main" aria-label="Stages">
          <ol className="plan-stages">
            {plan.stages.map((stage, index) => (
              <StageEditor
                key={stage.id}
                stage={stage}
                index={index}
                count={plan.stages.length}
                isCurrent={stage.id === plan.currentStageId}
                apply={apply}
                autoFocus={stage.id === addedId}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button plan-add"
            onClick={() => void addStage(plan.stages.at(-1)?.id ?? null)}
          >
            + Add stage
          </button>
        </main>
        <TemplatePanel sessionId={sessionId} />
      </div>
    </div>
  );
}
