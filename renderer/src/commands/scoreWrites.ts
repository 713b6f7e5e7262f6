import {
  combineScores,
  FACILITATOR_VOICE,
  PRACTICABILITY_DIMENSIONS,
  scoreRowId,
  type PracticabilityScoreRow,
  type PracticabilityScores,
} from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';

import type { ParleyDb } from '../db/database';
import type { TxWriter } from './diff';

function scoresOf(scores: PracticabilityScores): PracticabilityScores {
  return Object.fromEntries(
    PRACTICABILITY_DIMENSIONS.map((d) => [d, scores[d]]),
  ) as PracticabilityScores;
}

function rowOf(
  card: Card,
  voterId: string,
  scores: PracticabilityScores,
  at: number,
): PracticabilityScoreRow {
  return {
    id: scoreRowId(card.id, voterId),
    sessionId: card.sessionId,
    propositionId: card.propositionId,
    cardId: card.id,
    voterId,
    ...scoresOf(scores),
    at,
  };
}

/**
 * Sets one voice's score of a card (or, with null, takes it away) and keeps the card's own
 * `practicability` — what the board, the charts and the draft read — the combination of every
 * voice's (docs/synthesis.md), in the caller's transaction. Shared by the facilitator's scoring
 * and the phones', which differ only in who scores and which checks come first.
 */
export async function writeScore(
  w: TxWriter,
  db: ParleyDb,
  card: Card,
  voterId: string,
  scores: PracticabilityScores | null,
  at: number,
): Promise<Card> {
  const rows = await db.practicabilityScores.where('cardId').equals(card.id).toArray();
  const others = rows.filter((r) => r.voterId !== voterId);
  // A card scored before phones could score has no rows: its score is the facilitator's own,
  // kept as their row before another voice joins it.
  if (rows.length === 0 && card.practicability && voterId !== FACILITATOR_VOICE) {
    const own = rowOf(card, FACILITATOR_VOICE, card.practicability, card.updatedAt);
    await w.put('practicabilityScores', own.id, own);
    others.push(own);
  }
  const id = scoreRowId(card.id, voterId);
  if (scores) await w.put('practicabilityScores', id, rowOf(card, voterId, scores, at));
  else await w.delete('practicabilityScores', id);
  const all = [...others, ...(scores ? [scores] : [])].map(scoresOf);
  const next: Card = {
    ...card,
    practicability: combineScores(all),
    practicabilityRevision: (card.practicabilityRevision ?? 0) + 1,
    updatedAt: at,
  };
  await w.put('cards', card.id, next);
  return next;
}

/** The facilitator's own score of a card: their row, or — before any voice joined — the card's. */
export function ownScore(
  card: Card,
  rows: readonly PracticabilityScoreRow[],
): PracticabilityScores | null {
  if (rows.length === 0) return card.practicability ?? null;
  const own = rows.find((r) => r.voterId === FACILITATOR_VOICE);
  return own ? scoresOf(own) : null;
}
