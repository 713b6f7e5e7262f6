// Practicability at a glance (docs/synthesis.md): a practicability point can be scored on how
// strong the evidence is, whether there is the capacity, and how much of it the parties control,
// each 1–5, by the facilitator or from phones. A low score is a risk the draft should plan for.

export const PRACTICABILITY_DIMENSIONS = ['evidence', 'capacity', 'control'] as const;
export type PracticabilityDimension = (typeof PRACTICABILITY_DIMENSIONS)[number];

export type PracticabilityScores = Record<PracticabilityDimension, number>;

export const DIMENSION_LABELS: Readonly<Record<PracticabilityDimension, string>> = {
  evidence: 'Evidence',
  capacity: 'Capacity',
  control: 'Control',
};

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A score at or below this is low: offered as a contingency in the draft. */
export const LOW_SCORE = 2;

export function isScore(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= SCORE_MIN && (value as number) <= SCORE_MAX
  );
}

export function isPracticabilityScores(value: unknown): value is PracticabilityScores {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return PRACTICABILITY_DIMENSIONS.every((d) => isScore(v[d]));
}

/** The three scores' mean, to one decimal: the card's place on the chart's practicability axis. */
export function practicabilityOf(scores: PracticabilityScores): number {
  const sum = PRACTICABILITY_DIMENSIONS.reduce((total, d) => total + scores[d], 0);
  return Math.round((sum / PRACTICABILITY_DIMENSIONS.length) * 10) / 10;
}

/** The dimensions scored low, weakest first ("capacity 1/5"), or none. */
export function lowDimensions(scores: PracticabilityScores): PracticabilityDimension[] {
  return PRACTICABILITY_DIMENSIONS.filter((d) => scores[d] <= LOW_SCORE).sort(
    (a, b) => scores[a] - scores[b],
  );
}

/** "Evidence 4 · Capacity 2 · Control 3" */
export function describeScores(scores: PracticabilityScores): string {
  return PRACTICABILITY_DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]} ${scores[d]}`).join(' · ');
}

/**
 * The score a card shows when several voices scored it (the facilitator and phones, docs/room.md):
 * per criterion, the median — of an even number, the lower middle one, so a split room reads as
 * the more cautious score and the result stays a whole number. Null when nobody has scored.
 */
export function combineScores(all: readonly PracticabilityScores[]): PracticabilityScores | null {
  if (all.length === 0) return null;
  const median = (d: PracticabilityDimension) => {
    const sorted = all.map((s) => s[d]).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  return { evidence: median('evidence'), capacity: median('capacity'), control: median('control') };
}

/** The facilitator's own voice among a card's scores (a phone's is `room:<phoneId>`). */
export const FACILITATOR_VOICE = 'facilitator';

/**
 * One voice's score of one practicability point (table `practicabilityScores`); the card's own
 * `practicability` is the combination of these rows. Keyed `<cardId>|<voterId>`, so a voice that
 * scores again replaces its score.
 */
export interface PracticabilityScoreRow extends PracticabilityScores {
  id: string;
  sessionId: string;
  propositionId: string;
  cardId: string;
  /** `facilitator`, or a phone's voice `room:<phoneId>`. */
  voterId: string;
  at: number;
}

export function scoreRowId(cardId: string, voterId: string): string {
  return `${cardId}|${voterId}`;
}
