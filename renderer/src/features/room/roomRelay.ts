import { CommandError } from '#renderer/commands/commandError';
import type { CommandRunner } from '#renderer/commands/commandRunner';
import type { ParleyDb } from '#renderer/db/database';
import type { CardId, SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';
import type { PhoneSubmission, VotingOpen } from '#shared/room/protocol';

import { parley } from '../../platform/bridge';
import { placeRoomDot, roomDotsOf } from './commands/roomDotCommands';
import { receiveRoomPoint } from './commands/roomPointCommands';
import type { PhoneVote } from './roomStore';

export interface RelayContext {
  db: ParleyDb;
  commands: CommandRunner;
  sessionId: SessionId;
  vote: PhoneVote | null;
}

function refusalOf(error: unknown): string {
  return error instanceof CommandError
    ? error.message
    : 'Something went wrong; nothing was changed.';
}

/**
 * One submission from a phone → one command → the phone's answer. The ack goes only after the
 * command's transaction has committed (docs/room.md, "No point lost or doubled").
 */
export async function handleSubmission(
  ctx: RelayContext,
  phoneId: string,
  submission: PhoneSubmission,
): Promise<void> {
  const refuse = (message: string, code: 'invalid' | 'not-open' = 'invalid') =>
    parley.sendToRoom({ type: 'refuse', phoneId, id: submission.id, code, message });
  try {
    if (submission.type === 'point') {
      const status = await ctx.commands.run(receiveRoomPoint, {
        sessionId: ctx.sessionId,
        phoneId,
        id: submission.id,
        stageId: submission.stageId,
        text: submission.text,
        name: submission.name ?? null,
        party: submission.party ?? null,
      });
      await parley.sendToRoom({ type: 'ack', phoneId, id: submission.id, status });
      return;
    }
    if (submission.type === 'dot' && ctx.vote && ctx.vote.roundId === submission.roundId) {
      await ctx.commands.run(placeRoomDot, {
        phoneId,
        cardId: submission.cardId as CardId,
        action: submission.action,
        budget: ctx.vote.budget,
      });
      await parley.sendToRoom({ type: 'ack', phoneId, id: submission.id });
      await sendVoteTo(ctx.db, ctx.vote, phoneId);
      return;
    }
    await refuse('That round is not open on this board.', 'not-open');
  } catch (error) {
    await refuse(refusalOf(error));
  }
}

/** The cards to vote on, as a phone may see them: id, text and lane, nothing else. */
export async function voteCards(db: ParleyDb, vote: PhoneVote): Promise<VotingOpen['cards']> {
  const cards = await db.cards
    .where('sessionId')
    .equals(await sessionOf(db, vote))
    .toArray();
  return cards
    .filter((c) => c.propositionId === vote.propositionId)
    .sort((a, b) => a.lane.localeCompare(b.lane) || a.order - b.order)
    .map((c) => ({ id: c.id, text: c.text, laneLabel: LANES[c.lane].label }));
}

async function sessionOf(db: ParleyDb, vote: PhoneVote): Promise<string> {
  return (await db.propositions.get(vote.propositionId))?.sessionId ?? '';
}

/** The open vote with this phone's own dots (only it may see them). */
export async function sendVoteTo(db: ParleyDb, vote: PhoneVote, phoneId: string): Promise<void> {
  await parley.sendToRoom({
    type: 'voting',
    phoneId,
    open: {
      roundId: vote.roundId,
      budget: vote.budget,
      cards: await voteCards(db, vote),
      mine: await roomDotsOf(db, phoneId, vote.propositionId),
    },
  });
}
