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
