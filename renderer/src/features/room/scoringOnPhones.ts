import type { ParleyDb } from '#renderer/db/database';
import type { SessionId } from '#shared/domain/ids';
import type { ScoringOpen } from '#shared/room/protocol';

import { parley } from '../../platform/bridge';
import { openScoringRound, roomScoresOf, scoringItems } from './commands/roomScoreCommands';

/**
 * The scoring round the phones are asked about, as a phone may see it: the practicability points
 * (id and text) and — for one phone — its own scores, nobody else's (docs/room.md). Null when no
 * round is open. For every phone at once (`phoneId` null) it carries no scores.
 */
export async function scoringForPhone(
  db: ParleyDb,
  sessionId: SessionId,
  phoneId: string | null,
): Promise<ScoringOpen | null> {
  const round = await openScoringRound(db, sessionId);
  if (!round) return null;
  const items = (await scoringItems(db, round)).map((c) => ({ id: c.id, text: c.text }));
  if (phoneId === null) return { roundId: round.id, items };
  return { roundId: round.id, items, mine: await roomScoresOf(db, phoneId, round.propositionId) };
}

/** Tells one phone the open round with its own scores (after it joins, or after it scores). */
export async function sendScoringTo(
  db: ParleyDb,
  sessionId: SessionId,
  phoneId: string,
): Promise<void> {
  const open = await scoringForPhone(db, sessionId, phoneId);
  await parley.sendToRoom({ type: 'scoring', phoneId, open });
}
