// What the phone page decides for itself before anything is sent (docs/room.md): the vote it
// holds as the card list changes, and whether a stance is complete. Pure, so the rules are tested
// here rather than in a browser; the phone imports only types from the protocol (no zod).
import { scaleLevel, STANCE_REASON_LIMIT } from '../agreement/consentTypes';
import { checkText } from '../domain/text';
import type { ConsentOpen, VotingOpen } from './protocol';

/** An open vote as the phone holds it: always with its own dots. */
export type PhoneVoting = VotingOpen & { mine: Record<string, number> };

/**
 * The vote after a message: a message to this phone alone carries its dots; one to every phone
 * (the card list changed on the board) does not, so the phone keeps its dots on the cards still
 * listed — a removed card's dots went with it, and are no longer counted against the budget.
 */
export function nextVoting(
  previous: PhoneVoting | null,
  open: VotingOpen | null,
): PhoneVoting | null {
  if (!open) return null;
  if (open.mine) return { ...open, mine: open.mine };
  const kept = previous?.roundId === open.roundId ? previous.mine : {};
  const listed = new Set(open.cards.map((c) => c.id));
  return {
    ...open,
    mine: Object.fromEntries(Object.entries(kept).filter(([id]) => listed.has(id))),
  };
}

export interface StanceChoice {
  partyId: string;
  value: number | null;
  reason: string;
}

/** What is wrong with a stance before it is sent, in the facilitator's screen's words; or null. */
export function stanceProblem(round: ConsentOpen, choice: StanceChoice): string | null {
  if (!round.parties.some((p) => p.id === choice.partyId))
    return 'Choose the party you are speaking for.';
  const level = choice.value === null ? undefined : scaleLevel(round.scale, choice.value);
  if (!level) return 'Choose your stance on the scale.';
  const reason = checkText(choice.reason, STANCE_REASON_LIMIT, 'reason');
  if (!reason.ok && reason.reason === 'too-long') return reason.message;
  if (level.low && !reason.ok)
    return `“${level.label}” is a low stance: say why. It becomes your party’s recorded objection.`;
  return null;
}
