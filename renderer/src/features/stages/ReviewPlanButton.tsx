import type { SessionId } from '#shared/domain/ids';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { navigate } from '../../ui/useHashRoute';
import { addReviewStages } from './commands/planCommands';

/** Puts the review's three stages on the session's plan and opens the board on the first. */
export function ReviewPlanButton({ sessionId }: { sessionId: SessionId }) {
  const runWithNotice = useRunWithNotice();
  async function add() {
    const outcome = await runWithNotice(
      addReviewStages,
      { sessionId },
      { done: 'The review stages follow the day’s in the plan.', offerUndo: true },
    );
    if (outcome.ok) navigate({ name: 'session', sessionId });
  }
  return (
    <button type="button" className="button" onClick={() => void add()}>
      Run it on the board
    </button>
  );
}
