import { CommandError } from '#renderer/commands/commandError';
import type { CommandRunner } from '#renderer/commands/commandRunner';
import type { ParleyDb } from '#renderer/db/database';
import type { CardId, SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';
import type { PhonePoint, PhoneSubmission, VotingOpen } from '#shared/room/protocol';

import { parley } from '../../platform/bridge';
import { recordStanceFromRoom } from '../agreement';
import { placeRoomDot, roomDotsOf } from './commands/roomDotCommands';
import { receiveRoomPoints, type PointOutcome } from './commands/roomPointCommands';
import { recordRoomScore } from './commands/roomScoreCommands';
import { sendConsentTo } from './consentOnPhones';
import type { PhoneVote } from './roomStore';
import { sendScoringTo } from './scoringOnPhones';

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

/** The most points one transaction takes; more wait for the next. */
const BATCH = 500;

/**
 * Turns phones' submissions into commands, and answers each phone only after the commit
 * (docs/room.md, "No point lost or doubled"). Points queue while a write is running and go in the
 * next one together, so a busy room costs the board a few writes a second, not dozens.
 */
export function createRelay(context: () => RelayContext) {
  let queued: { phoneId: string; point: PhonePoint }[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (queued.length > 0) {
        const batch = queued.slice(0, BATCH);
        queued = queued.slice(BATCH);
        const ctx = context();
        let outcomes: PointOutcome[];
        try {
          outcomes = await ctx.commands.run(receiveRoomPoints, {
            sessionId: ctx.sessionId,
            points: batch.map(({ phoneId, point }) => ({
              phoneId,
              id: point.id,
              stageId: point.stageId,
              text: point.text,
              name: point.name ?? null,
              party: point.party ?? null,
            })),
          });
        } catch (error) {
          // Nothing was written: the phones keep their points and try again.
          const message = refusalOf(error);
          outcomes = batch.map(({ phoneId, point }) => ({
            phoneId,
            id: point.id,
            ok: false,
            message,
          }));
          for (const o of outcomes)
            await parley.sendToRoom({
              type: 'refuse',
              phoneId: o.phoneId,
              id: o.id,
              code: 'failed',
              message,
            });
          continue;
        }
        await Promise.all(
          outcomes.map((o) =>
            parley.sendToRoom(
              o.ok
                ? { type: 'ack', phoneId: o.phoneId, id: o.id, status: o.status }
                : {
                    type: 'refuse',
                    phoneId: o.phoneId,
                    id: o.id,
                    code: 'invalid',
                    message: o.message,
                  },
            ),
          ),
        );
      }
    } finally {
      draining = false;
    }
  }

  return {
    async submit(phoneId: string, submission: PhoneSubmission): Promise<void> {
      if (submission.type === 'point') {
        queued.push({ phoneId, point: submission });
        return drain();
      }
      const ctx = context();
      const refuse = (message: string, code: 'invalid' | 'not-open' = 'invalid') =>
        parley.sendToRoom({ type: 'refuse', phoneId, id: submission.id, code, message });
      try {
        if (submission.type === 'stance') {
          await ctx.commands.run(recordStanceFromRoom, {
            sessionId: ctx.sessionId,
            roundId: submission.roundId,
            phoneId,
            partyId: submission.partyId,
            name: submission.name ?? null,
            value: submission.stance.value,
            reason: submission.reason,
          });
          await parley.sendToRoom({ type: 'ack', phoneId, id: submission.id });
          await sendConsentTo(ctx.db, ctx.sessionId, phoneId);
          return;
        }
        if (submission.type === 'score') {
          await ctx.commands.run(recordRoomScore, {
            sessionId: ctx.sessionId,
            roundId: submission.roundId,
            phoneId,
            cardId: submission.itemId as CardId,
            scores: submission.score,
          });
          await parley.sendToRoom({ type: 'ack', phoneId, id: submission.id });
          await sendScoringTo(ctx.db, ctx.sessionId, phoneId);
          return;
        }
        if (submission.type !== 'dot' || !ctx.vote || ctx.vote.roundId !== submission.roundId) {
          await refuse('That round is not open on this board.', 'not-open');
          return;
        }
        await ctx.commands.run(placeRoomDot, {
          phoneId,
          cardId: submission.cardId as CardId,
          action: submission.action,
          budget: ctx.vote.budget,
        });
        await parley.sendToRoom({ type: 'ack', phoneId, id: submission.id });
        await sendVoteTo(ctx.db, ctx.vote, phoneId);
      } catch (error) {
        await refuse(refusalOf(error));
      }
    },
  };
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
