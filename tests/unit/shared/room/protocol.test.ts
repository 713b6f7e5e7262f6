import { describe, expect, it } from 'vitest';

import { phoneView } from '#fixtures/room';
import { HostToServer, PhoneMessage, ServerToPhone } from '#shared/room/protocol';

const view = phoneView;

describe('the room message contract', () => {
  it('accepts a first hello without a token and a returning hello with one', () => {
    expect(PhoneMessage.safeParse({ type: 'hello', v: 1, code: 'ABCD23' }).success).toBe(true);
    const token = 'a'.repeat(32);
    expect(PhoneMessage.safeParse({ type: 'hello', v: 1, code: 'ABCD23', token }).success).toBe(
      true,
    );
  });

  it('refuses a join code with ambiguous letters, a wrong version, or unknown fields', () => {
    expect(PhoneMessage.safeParse({ type: 'hello', v: 1, code: 'ABCD0O' }).success).toBe(false);
    expect(PhoneMessage.safeParse({ type: 'hello', v: 2, code: 'ABCD23' }).success).toBe(false);
    expect(
      PhoneMessage.safeParse({ type: 'hello', v: 1, code: 'ABCD23', admin: true }).success,
    ).toBe(false);
  });

  it('carries a point with an id made on the phone, and refuses one without', () => {
    const point = { type: 'point', id: 'p-12345678', stageId: 'stage-1', text: 'A point' };
    expect(PhoneMessage.safeParse(point).success).toBe(true);
    expect(PhoneMessage.safeParse({ ...point, id: 'x' }).success).toBe(false);
    expect(PhoneMessage.safeParse({ ...point, id: '<script>' }).success).toBe(false);
  });

  it('carries stances on both scales and practicability scores within their ranges', () => {
    const stance = (scale: string, value: number) =>
      PhoneMessage.safeParse({
        type: 'stance',
        id: 's-12345678',
        roundId: 'r1',
        partyId: 'party-1',
        stance: { scale, value },
        reason: '',
      }).success;
    expect(stance('fist-to-five', 0)).toBe(true);
    expect(stance('fist-to-five', 6)).toBe(false);
    expect(stance('gradients', 8)).toBe(true);
    expect(stance('gradients', 0)).toBe(false);
    const score = (evidence: number) =>
      PhoneMessage.safeParse({
        type: 'score',
        id: 'c-12345678',
        roundId: 'r1',
        itemId: 'card-1',
        score: { evidence, capacity: 3, control: 5 },
      }).success;
    expect(score(1)).toBe(true);
    expect(score(0)).toBe(false);
  });

  it('never lets a field outside the phone view reach a phone', () => {
    expect(ServerToPhone.safeParse({ type: 'view', view }).success).toBe(true);
    const leaky = { ...view, stage: { ...view.stage, privateNotes: 'secret' } };
    expect(ServerToPhone.safeParse({ type: 'view', view: leaky }).success).toBe(false);
    expect(ServerToPhone.safeParse({ type: 'view', view: { ...view, sessions: [] } }).success).toBe(
      false,
    );
  });

  it('opens and closes voting for one phone or all', () => {
    const open = { roundId: 'v1', budget: 3, cards: [], mine: {} };
    expect(HostToServer.safeParse({ type: 'voting', phoneId: null, open }).success).toBe(true);
    expect(HostToServer.safeParse({ type: 'voting', phoneId: 'ph-1', open: null }).success).toBe(
      true,
    );
    expect(
      HostToServer.safeParse({ type: 'voting', phoneId: null, open: { ...open, budget: 0 } })
        .success,
    ).toBe(false);
  });

  it('opens scoring with the points to score and, for one phone, only its own scores', () => {
    const items = [{ id: 'card-1', text: 'The budget holds' }];
    const mine = { 'card-1': { evidence: 4, capacity: 2, control: 5 } };
    const scoring = (open: unknown) => ServerToPhone.safeParse({ type: 'scoring', open }).success;
    expect(scoring({ roundId: 'r1', items })).toBe(true);
    expect(scoring({ roundId: 'r1', items, mine })).toBe(true);
    expect(scoring(null)).toBe(true);
    // A score outside 1–5, or anyone's name beside it, never leaves for a phone.
    expect(
      scoring({ roundId: 'r1', items, mine: { 'card-1': { ...mine['card-1'], control: 6 } } }),
    ).toBe(false);
    expect(
      scoring({ roundId: 'r1', items, mine: { 'card-1': { ...mine['card-1'], by: 'room:ph-2' } } }),
    ).toBe(false);
    expect(scoring({ roundId: 'r1', items, everyone: mine })).toBe(false);
    expect(
      HostToServer.safeParse({
        type: 'scoring',
        phoneId: 'ph-1',
        open: { roundId: 'r1', items, mine },
      }).success,
    ).toBe(true);
  });
});
