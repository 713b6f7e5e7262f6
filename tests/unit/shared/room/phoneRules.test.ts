import { describe, expect, it } from 'vitest';

import {
  nextScoring,
  nextVoting,
  stanceProblem,
  type PhoneScoring,
  type PhoneVoting,
} from '#shared/room/phoneRules';
import type { ConsentOpen, VotingOpen } from '#shared/room/protocol';

const card = (id: string) => ({ id, text: `Card ${id}`, laneLabel: 'Legitimacy' });

describe('the vote a phone holds while the card list follows the board', () => {
  const held: PhoneVoting = {
    roundId: 'v1',
    budget: 5,
    cards: [card('a'), card('b')],
    mine: { a: 2, b: 1 },
  };

  it('keeps its own dots when the list changes, on the cards still listed', () => {
    const changed: VotingOpen = { roundId: 'v1', budget: 5, cards: [card('a'), card('c')] };
    expect(nextVoting(held, changed)).toEqual({ ...changed, mine: { a: 2 } });
  });

  it('takes its dots from a message to it alone, and starts empty in a new vote', () => {
    expect(nextVoting(held, { ...held, mine: { b: 3 } })!.mine).toEqual({ b: 3 });
    expect(nextVoting(held, { roundId: 'v2', budget: 5, cards: [card('a')] })!.mine).toEqual({});
    expect(nextVoting(held, null)).toBeNull();
  });
});

describe('the scoring round a phone holds while its points follow the board', () => {
  const item = (id: string) => ({ id, text: `Point ${id}` });
  const score = { evidence: 4, capacity: 2, control: 5 };
  const held: PhoneScoring = { roundId: 'r1', items: [item('a'), item('b')], mine: { a: score } };

  it('keeps its own scores when the list changes, on the points still listed', () => {
    expect(nextScoring(held, { roundId: 'r1', items: [item('b'), item('c')] })!.mine).toEqual({});
    expect(nextScoring(held, { roundId: 'r1', items: [item('a')] })).toEqual({
      roundId: 'r1',
      items: [item('a')],
      mine: { a: score },
    });
  });

  it('takes its scores from a message to it alone, starts empty in a new round, and ends', () => {
    const again = { ...score, capacity: 3 };
    expect(nextScoring(held, { ...held, mine: { b: again } })!.mine).toEqual({ b: again });
    expect(nextScoring(held, { roundId: 'r2', items: [item('a')] })!.mine).toEqual({});
    expect(nextScoring(held, null)).toBeNull();
  });
});

describe('a stance on the phone before it is sent', () => {
  const round: ConsentOpen = {
    roundId: 'r1',
    about: 'clause',
    clauseText: 'The library stays open 6 days a week',
    scale: 'gradients',
    parties: [{ id: 'p1', name: 'Those affected' }],
    mine: null,
  };

  it('needs a party and a stance on the round’s scale', () => {
    expect(stanceProblem(round, { partyId: '', value: 1, reason: '' })).toMatch(/party/);
    expect(stanceProblem(round, { partyId: 'p1', value: null, reason: '' })).toMatch(/stance/);
    expect(stanceProblem(round, { partyId: 'p1', value: 0, reason: '' })).toMatch(/stance/);
    expect(stanceProblem(round, { partyId: 'p1', value: 1, reason: '' })).toBeNull();
  });

  it('needs a reason for a low stance, as the facilitator’s screen does, and no longer than 500', () => {
    expect(stanceProblem(round, { partyId: 'p1', value: 8, reason: '  ' })).toMatch(
      /“Block” is a low stance: say why/,
    );
    expect(stanceProblem(round, { partyId: 'p1', value: 7, reason: 'Not funded' })).toBeNull();
    expect(stanceProblem(round, { partyId: 'p1', value: 2, reason: 'x'.repeat(501) })).toMatch(
      /500/,
    );
  });
});
