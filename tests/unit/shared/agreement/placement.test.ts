import { describe, expect, it } from 'vitest';

import { proposeAdditions } from '#shared/agreement/generate';
import { emptyAgreement } from '#shared/agreement/model';
import { placementOf } from '#shared/agreement/placement';

const scored = (kind: string, evidence: number, capacity: number, control: number) => ({
  lane: 'practicability',
  text: 'No staff to open on Sundays',
  kind,
  practicability: { evidence, capacity, control },
});

describe('practicability scores in the draft’s review step', () => {
  it('offers a point scored low on any dimension as a contingency, naming the weak scores', () => {
    expect(placementOf(scored('evidence', 4, 1, 2))).toEqual({
      placement: 'contingencies',
      why: 'Scored low (capacity 1/5, control 2/5): a risk the agreement should plan for.',
    });
    // A concern would otherwise be parked as an open question.
    expect(placementOf(scored('concern', 2, 5, 5)).placement).toBe('contingencies');
  });

  it('leaves well-scored points, other lanes, and definitions, questions and commitments where their kind puts them', () => {
    expect(placementOf(scored('evidence', 3, 4, 5)).placement).toBe('leave-out');
    expect(placementOf({ ...scored('point', 1, 1, 1), lane: 'legitimacy' }).placement).toBe(
      'mandate',
    );
    expect(placementOf(scored('commitment', 1, 1, 1)).placement).toBe('commitments');
    expect(placementOf(scored('question', 1, 1, 1)).placement).toBe('questions');
    expect(placementOf(scored('definition', 1, 1, 1)).placement).toBe('definition');
  });

  it('ignores scores that are not whole numbers from 1 to 5', () => {
    expect(
      placementOf({ ...scored('evidence', 1, 1, 1), practicability: { evidence: 0 } }),
    ).toEqual(placementOf({ lane: 'practicability', text: 'x', kind: 'evidence' }));
  });

  it('reaches the review step: the board’s low-scored evidence card is proposed as a contingency', () => {
    const [addition] = proposeAdditions(emptyAgreement('s-1', 0), [
      { id: 'c1', ...scored('evidence', 5, 2, 4) },
    ]);
    expect(addition).toMatchObject({ key: 'card:c1', placement: 'contingencies' });
  });
});
