// What the phone page decides for itself before anything is sent (docs/room.md): the vote and
// the scoring round it holds as the lists change, and whether a stance is complete. Pure, so the
// rules are tested here rather than in a browser; the phone imports only types from the protocol
// (no zod).
import { scaleLevel, STANCE_REASON_LIMIT } from '../agreement/consentTypes';
import { checkText } from '../domain/text';
import type { ConsentOpen, PracticabilityScore, ScoringOpen, VotingOpen } from './protocol';

/** An open vote as the phone holds it: always with its own dots. */
export type PhoneVoting = VotingOpen & { mine: Record<string, number> };
/** An open scoring round as the phone holds it: always with its own scores. */
export type PhoneScoring = ScoringOpen & { mine: Record<string, PracticabilityScore> };

/**
 * A round after a message: a message to this phone alone carries its own marks; one to every
 * phone (the list changed on the board) does not, so the phone keeps its marks on the items still
 * listed — a removed item's marks went with it (and no longer count against a dot budget).
 */
function nextRound<Mark, Open extends { roundId: string; mine?: Record<string, Mark> }>(
  previous: (Open & { mine: Record<string, Mark> }) | null,
  open: Open | null,
  listed: readonly { id: string }[],
): (Open & { mine: Record<string, Mark> }) | null {
  if (!open) return null;
  if (open.mine) return { ...open, mine: open.mine };
  const kept = previous?.roundId === open.roundId ? previous.mine : {};
  const ids = new Set(listed.map((item) => item.id));
  return { ...open, mine: Object.fromEntries(Object.entries(kept).filter(([id]) => ids.has(id))) };
}

export function nextVoting(
  previous: PhoneVoting | null,
  open: VotingOpen | null,
): PhoneVoting | null {
  return nextRound(previous, open, open?.cards ?? []);
}

export function nextScoring(
  previous: PhoneScoring | null,
  open: ScoringOpen | null,
): PhoneScoring | null {
  return nextRound(previous, open, open?.items ?? []);
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
