// Practicability scores on a card (docs/synthesis.md, "Practicability at a glance").
import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireCard, touchSession } from '#renderer/commands/rowGuards';
import { writeScore } from '#renderer/commands/scoreWrites';
import type { CardId } from '#shared/domain/ids';
import {
  FACILITATOR_VOICE,
  isPracticabilityScores,
  type PracticabilityScores,
} from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';

/**
 * The facilitator scores a practicability point on evidence, capacity and control (1–5), or clears
 * their score. With phones' scores too, the card shows the combination of all of them.
 */
export const scorePracticability = defineCommand<
  { cardId: CardId; scores: PracticabilityScores | null },
  Card
>({
  name: 'synthesis.scorePracticability',
  label: 'Score practicability',
  tables: ['cards', 'sessions', 'practicabilityScores'],
  undoable: true,
  async run({ cardId, scores }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    if (card.lane !== 'practicability')
      throw new CommandError('invalid', 'Only practicability points are scored.');
    if (scores !== null && !isPracticabilityScores(scores))
      throw new CommandError(
        'invalid',
        'Each score is a whole number from 1 to 5 (evidence, capacity, control).',
      );
    const at = now();
    const next = await writeScore(w, db, card, FACILITATOR_VOICE, scores, at);
    await touchSession(db, card.sessionId, at);
    return next;
  },
});
