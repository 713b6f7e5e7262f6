import { DEFAULT_VOTE_BUDGET, voteBudgetKey } from '#shared/board/types';
import { newId, type SessionId } from '#shared/domain/ids';

import { useServices } from '../../commands/AppServices';
import { parley } from '../../platform/bridge';
import { voteCards } from './roomRelay';
import { useRoomUi } from './roomStore';

/**
 * Opens the dot vote on the phones (the cards of the current proposition, the session's dot
 * budget each) and closes it, which freezes the tallies where they are.
 */
export function RoomVoteButton({
  sessionId,
  onError,
}: {
  sessionId: SessionId;
  onError(message: string | null): void;
}) {
  const { db } = useServices();
  const vote = useRoomUi((s) => s.vote);
  const setVote = useRoomUi((s) => s.setVote);

  async function toggle() {
    if (vote) {
      setVote(null);
      const result = await parley.sendToRoom({ type: 'voting', phoneId: null, open: null });
      onError(result.ok ? null : result.error.message);
      return;
    }
    const session = await db.sessions.get(sessionId);
    if (!session) return;
    const setting = await db.settings.get(voteBudgetKey(sessionId));
    const budget = typeof setting?.value === 'number' ? setting.value : DEFAULT_VOTE_BUDGET;
    const next = { roundId: newId<string>(), budget, propositionId: session.activePropositionId };
    const cards = await voteCards(db, next);
    if (cards.length === 0) {
      onError('There are no cards to vote on yet.');
      return;
    }
    setVote(next);
    const result = await parley.sendToRoom({
      type: 'voting',
      phoneId: null,
      open: { roundId: next.roundId, budget, cards, mine: {} },
    });
    onError(result.ok ? null : result.error.message);
  }

  return (
    <button
      type="button"
      className="button"
      aria-pressed={vote !== null}
      onClick={() => void toggle()}
    >
      {vote ? 'Close voting on phones' : 'Open voting on phones'}
    </button>
  );
}
