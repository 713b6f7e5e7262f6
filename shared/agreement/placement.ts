// Where a board card belongs in the agreement, read from what the card is (its kind) before where
// it sits (its lane) — never from single words in it (docs/agreement.md, "Writing the draft").
// The result is only a proposal: the facilitator sees every one in the review step before the
// draft is written, and moves it or leaves it out.
import { DIMENSION_LABELS, isPracticabilityScores, lowDimensions } from '../domain/practicability';
import type { SectionId } from './model';

/** A section of the draft, a note on the parties' mandate, a definition, or not in the draft. */
export type Placement = SectionId | 'mandate' | 'definition' | 'leave-out';

export const PLACEMENT_LABELS: Readonly<Record<Placement, string>> = {
  definition: 'Definitions',
  mandate: 'Parties — mandate note',
  objectives: 'Jointly agreed objectives',
  commitments: 'Commitments of each party',
  contingencies: 'Contingencies',
  review: 'Accountability and review',
  questions: 'Open questions',
  'leave-out': 'Leave out of the draft',
};

export const PLACEMENTS = Object.keys(PLACEMENT_LABELS) as Placement[];

export interface PlacementCard {
  lane: string;
  text: string;
  kind?: unknown;
  /** Evidence, capacity and control scores (1–5), when the point was scored. */
  practicability?: unknown;
}

// A measurable level of functioning ("6 days a week", "within 2 working days") is what a service
// can promise; a conclusion stating one is offered as a commitment. A verb such as "will", "runs"
// or "provides" alone is not: aims are written in the future tense too.
const STANDARD = /\b(within [^,.;]+)/i;
const FREQUENCY =
  /\b((?:\d+|one|two|three|four|five|six|seven) (?:days?|times|hours?|evenings?) (?:a|per|each) (?:week|day|month|year)|daily|weekly|fortnightly|monthly|quarterly|annually|every (?:day|week|month|quarter|year))\b/i;

export function levelParts(text: string): { standard: string; frequency: string } {
  return {
    standard: STANDARD.exec(text)?.[1] ?? '',
    frequency: FREQUENCY.exec(text)?.[1] ?? '',
  };
}

const BY_KIND: Readonly<Record<string, { placement: Placement; why: string }>> = {
  definition: { placement: 'definition', why: 'A definition the group agreed.' },
  question: { placement: 'questions', why: 'A question the group has not settled.' },
  condition: { placement: 'contingencies', why: 'A condition the agreement depends on.' },
  commitment: { placement: 'commitments', why: 'Someone’s commitment.' },
  concern: {
    placement: 'questions',
    why: 'A concern, not a term: parked as an open question to settle.',
  },
  evidence: {
    placement: 'leave-out',
    why: 'Evidence informs the agreement but is not one of its terms; move it if it should be.',
  },
};

/** The proposed placement of one card, with the reason shown in the review step. */
export function placementOf(card: PlacementCard): { placement: Placement; why: string } {
  const risk = lowScoreOf(card);
  if (risk) return risk;
  const byKind = typeof card.kind === 'string' ? BY_KIND[card.kind] : undefined;
  if (byKind) return byKind;
  switch (card.lane) {
    case 'legitimacy':
      return { placement: 'mandate', why: 'A legitimacy point: a note on the parties’ mandate.' };
    case 'practicability':
      return { placement: 'contingencies', why: 'A practicability point: what must hold for it.' };
    case 'accountability':
      return { placement: 'review', why: 'An accountability point: who answers, and how.' };
    case 'questions':
      return { placement: 'questions', why: 'Parked as an open question.' };
    default: {
      const { standard, frequency } = levelParts(card.text);
      return standard || frequency
        ? { placement: 'commitments', why: 'A conclusion that states a level of service.' }
        : { placement: 'objectives', why: 'A conclusion: a shared aim.' };
    }
  }
}

/**
 * A practicability point scored low on evidence, capacity or control is a risk the agreement must
 * plan for, whatever its kind: it is offered as a contingency (docs/synthesis.md). Definitions,
 * questions and commitments keep their own place — their kind already says what they are.
 */
function lowScoreOf(card: PlacementCard): { placement: Placement; why: string } | null {
  if (card.lane !== 'practicability' || !isPracticabilityScores(card.practicability)) return null;
  if (card.kind === 'definition' || card.kind === 'question' || card.kind === 'commitment')
    return null;
  const scores = card.practicability;
  const low = lowDimensions(scores);
  if (!low.length) return null;
  const named = low.map((d) => `${DIMENSION_LABELS[d].toLowerCase()} ${scores[d]}/5`).join(', ');
  return {
    placement: 'contingencies',
    why: `Scored low (${named}): a risk the agreement should plan for.`,
  };
}
