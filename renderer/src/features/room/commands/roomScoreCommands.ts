// Practicability scoring on the phones (docs/room.md; the combination: docs/synthesis.md).
import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession, touchSession } from '#renderer/commands/rowGuards';
import { writeScore } from '#renderer/commands/scoreWrites';
import type { ParleyDb } from '#renderer/db/database';
import { laneCardsQuery } from '#renderer/db/queries';
import { newId, type CardId, type PropositionId, type SessionId } from '#shared/domain/ids';
import { isPracticabilityScores, type PracticabilityScores } from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';
import type { ScoringOpen } from '#shared/room/protocol';
import { roomVoice } from '#shared/room/roomVoice';
import type { ScoringRound } from '#shared/room/scoringRound';

/** The session's open scoring round, if any (there is at most one). */
export async function openScoringRound(
  db: ParleyDb,
  sessionId: SessionId,
): Promise<ScoringRound | undefined> {
  const rounds = await db.scoringRounds.where('sessionId').equals(sessionId).toArray();
  return rounds.find((r) => r.closedAt === null);
}

/** The points a round lists: the practicability lane of its proposition, in board order. */
export function scoringItems(db: ParleyDb, round: ScoringRound): Promise<Card[]> {
  return laneCardsQuery(db, round.propositionId as PropositionId, 'practicability').toArray();
}

/**
 * Opens scoring on the phones over the practicability points of the proposition on the board.
 * Like opening a phone vote, it is not in the undo history: Close scoring ends it.
 */
export const openScoringOnPhones = defineCommand<{ sessionId: SessionId }, ScoringRound>({
  name: 'room.openScoring',
  label: 'Score on phones',
  tables: ['sessions', 'cards', 'scoringRounds'],
  undoable: false,
  async run({ sessionId }, w, { db, now }) {
    const session = await requireSession(db, sessionId);
    const at = now();
    const open = await openScoringRound(db, sessionId);
    if (open) return open;
    const round: ScoringRound = {
      id: newId<string>(),
      sessionId,
      propositionId: session.activePropositionId,
      openedAt: at,
      closedAt: null,
    };
    if ((await scoringItems(db, round)).length === 0)
      throw new CommandError('invalid', 'There are no practicability points to score yet.');
    await w.put('scoringRounds', round.id, round);
    return round;
  },
});

/** Closes the session's scoring round: phones are told, and their scores stay on the cards. */
export const closeScoringOnPhones = defineCommand<{ sessionId: SessionId }, void>({
  name: 'room.closeScoring',
  label: 'Close scoring',
  tables: ['scoringRounds'],
  undoable: false,
  async run({ sessionId }, w, { db, now }) {
    const open = await openScoringRound(db, sessionId);
    if (open) await w.put('scoringRounds', open.id, { ...open, closedAt: now() });
  },
});

/**
 * A phone scores one point of the open round. Its voice is `room:<phoneId>`, as for its dots and
 * stances; scoring again replaces its score. Like a phone's point, not in the undo history.
 */
export const recordRoomScore = defineCommand<
  {
    sessionId: SessionId;
    roundId: string;
    phoneId: string;
    cardId: CardId;
    scores: PracticabilityScores;
  },
  Card
>({
  name: 'room.score',
  label: 'Score from the room',
  tables: ['sessions', 'cards', 'scoringRounds', 'practicabilityScores'],
  undoable: false,
  async run({ sessionId, roundId, phoneId, cardId, scores }, w, { db, now }) {
    const round = await db.scoringRounds.get(roundId);
    if (!round || round.sessionId !== sessionId || round.closedAt !== null)
      throw new CommandError('invalid', 'Scoring has closed; nothing was changed.');
    const card = await db.cards.get(cardId);
    if (!card || card.propositionId !== round.propositionId || card.lane !== 'practicability')
      throw new CommandError('invalid', 'That point is not in this scoring round.');
    if (!isPracticabilityScores(scores))
      throw new CommandError(
        'invalid',
        'Each score is a whole number from 1 to 5 (evidence, capacity, control).',
      );
    const at = now();
    const next = await writeScore(w, db, card, roomVoice(phoneId), scores, at);
    await touchSession(db, sessionId, at);
    return next;
  },
});

/** A phone's own scores on one proposition's points, card id → score (only it may see them). */
export async function roomScoresOf(
  db: ParleyDb,
  phoneId: string,
  propositionId: string,
): Promise<Record<string, PracticabilityScores>> {
  const rows = await db.practicabilityScores
    .where('[voterId+propositionId]')
    .equals([roomVoice(phoneId), propositionId])
    .toArray();
  return Object.fromEntries(
    rows.map((r) => [r.cardId, { evidence: r.evidence, capacity: r.capacity, control: r.control }]),
  );
}

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
