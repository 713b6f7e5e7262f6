import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import {
  objectToDraft,
  overruleDraftObjection,
  withdrawDraftObjection,
} from '#shared/agreement/draftObjections';
import { generateDraft } from '#shared/agreement/generate';
import {
  sectionClauses,
  type AgreementState,
  type ClauseId,
  type Objection,
  type PartyId,
} from '#shared/agreement/model';
import {
  amendClause,
  contestClause,
  recordClauseAssent,
  recordDraftAssent,
  removeClause,
  removeParty,
  setClauseStatus,
} from '#shared/agreement/negotiation';
import {
  acceptAmendment,
  maintainObjection,
  overruleObjection,
  withdrawObjection,
} from '#shared/agreement/objections';
import { AgreementRuleError } from '#shared/agreement/rules';

const draft = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());
const [service, community] = draft.parties.map((p) => p.id) as [PartyId, PartyId];
const hours = sectionClauses(draft, 'commitments')[0]!.id;
const clause = (state: AgreementState, id: ClauseId) => state.clauses.find((c) => c.id === id)!;
const contested = contestClause(draft, hours, community, 'Six days is not affordable', 10);
const objectionId = clause(contested, hours).objections[0]!.id;

describe('a standing objection', () => {
  it('is withdrawn only by its party’s decision, recorded, and the clause reopens rather than being accepted', () => {
    const withdrawn = withdrawObjection(contested, hours, objectionId, 20);
    expect(clause(withdrawn, hours).status).toBe('proposed');
    expect(clause(withdrawn, hours).objections[0]).toMatchObject({
      resolvedAt: 20,
      resolution: { kind: 'withdrawn', at: 20 },
    });
    expect(clause(setClauseStatus(withdrawn, hours, 'accepted', 21), hours).status).toBe(
      'accepted',
    );
  });

  it('reopens the clause for a stance when the clause is amended (444ba54 left it contested), and ends only when the objector accepts the amendment', () => {
    const amended = amendClause(
      contested,
      hours,
      { text: 'The library stays open 5 days a week', reason: 'affordable' },
      30,
    );
    expect(clause(amended, hours).status).toBe('proposed');
    expect(clause(amended, hours).objections[0]).toMatchObject({
      awaitingStanceSince: 30,
      resolution: null,
    });
    // The amendment alone does not settle it: accepting is still refused.
    expect(() => setClauseStatus(amended, hours, 'accepted', 31)).toThrow(
      /still objects to this clause/,
    );
    const answered = acceptAmendment(amended, hours, objectionId, 32);
    expect(clause(answered, hours).objections[0]!.resolution).toEqual({
      kind: 'amended',
      at: 32,
      amendments: 1,
    });
    expect(clause(setClauseStatus(answered, hours, 'accepted', 33), hours).status).toBe('accepted');
  });

  it('goes back to contested when the objector still objects to the new wording', () => {
    const amended = amendClause(contested, hours, { text: 'Open 5 days' }, 30);
    const still = maintainObjection(amended, hours, objectionId, 31);
    expect(clause(still, hours).status).toBe('contested');
    expect(() => acceptAmendment(still, hours, objectionId, 32)).toThrow(
      /has not been amended since this objection/,
    );
  });

  it('can be overruled only with a reason, which is kept', () => {
    expect(() => overruleObjection(contested, hours, objectionId, '  ', 40)).toThrow(
      /Say why the objection is overruled/,
    );
    const overruled = overruleObjection(
      contested,
      hours,
      objectionId,
      'The ward forum voted to go ahead',
      40,
    );
    expect(clause(overruled, hours).objections[0]!.resolution).toEqual({
      kind: 'overruled',
      at: 40,
      reason: 'The ward forum voted to go ahead',
    });
    expect(() => withdrawObjection(overruled, hours, objectionId, 41)).toThrow(
      /already been settled/,
    );
  });

  it('cannot be lost by deleting the clause, and a removed party’s objection is closed with its name on record', () => {
    expect(() => removeClause(contested, hours, 50)).toThrow(/standing objection/);
    const gone = removeParty(contested, community, true, 51);
    expect(clause(gone, hours).status).toBe('proposed');
    expect(clause(gone, hours).objections[0]).toMatchObject({
      partyName: 'Those affected',
      resolution: { kind: 'party-removed', partyName: 'Those affected' },
    });
  });

  it('blocks the objector’s own assent until it is settled', () => {
    const amended = amendClause(contested, hours, { text: 'Open 5 days' }, 30);
    expect(() => recordClauseAssent(amended, hours, community, 31)).toThrow(/still objects/);
    expect(clause(recordClauseAssent(amended, hours, service, 31), hours).assent[service]).toEqual({
      at: 31,
    });
  });
});

// ——— property: no sequence of actions loses an objection without a recorded resolution ———

const clauseIds = draft.clauses.slice(0, 3).map((c) => c.id);
const parties = [service, community];

type Action = (state: AgreementState, at: number) => AgreementState;
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const someObjection = (state: AgreementState, clauseId: ClauseId, n: number) => {
  const list = state.clauses.find((c) => c.id === clauseId)?.objections ?? [];
  return list.length ? list[n % list.length]!.id : 'none';
};

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(pick(clauseIds), pick(parties)).map(
    ([c, p]) =>
      (s: AgreementState, at: number) =>
        contestClause(s, c, p, 'No', at),
  ),
  fc.tuple(pick(clauseIds), pick(['accepted', 'proposed', 'withdrawn'] as const)).map(
    ([c, to]) =>
      (s: AgreementState, at: number) =>
        setClauseStatus(s, c, to, at),
  ),
  fc.tuple(pick(clauseIds), fc.string({ minLength: 1, maxLength: 8 })).map(
    ([c, t]) =>
      (s: AgreementState, at: number) =>
        amendClause(s, c, { text: `x${t}` }, at),
  ),
  fc
    .tuple(
      pick(clauseIds),
      fc.nat(5),
      pick(['withdraw', 'accept', 'maintain', 'overrule'] as const),
    )
    .map(([c, n, how]) => (s: AgreementState, at: number) => {
      const id = someObjection(s, c, n);
      if (how === 'withdraw') return withdrawObjection(s, c, id, at);
      if (how === 'accept') return acceptAmendment(s, c, id, at);
      if (how === 'maintain') return maintainObjection(s, c, id, at);
      return overruleObjection(s, c, id, 'the room decided', at);
    }),
  pick(clauseIds).map((c) => (s: AgreementState, at: number) => removeClause(s, c, at)),
  pick(parties).map(
    (p) => (s: AgreementState, at: number) => recordClauseAssent(s, clauseIds[0]!, p, at),
  ),
  pick(parties).map((p) => (s: AgreementState, at: number) => removeParty(s, p, true, at)),
  // The whole draft's objections and assent (a low stance in a round on the draft).
  pick(parties).map((p) => (s: AgreementState, at: number) => objectToDraft(s, p, 'No', at)),
  pick(parties).map((p) => (s: AgreementState, at: number) => recordDraftAssent(s, p, at)),
  fc
    .tuple(fc.nat(5), pick(['withdraw', 'overrule'] as const))
    .map(([n, how]) => (s: AgreementState, at: number) => {
      const list = s.draftObjections;
      const id = list.length ? list[n % list.length]!.id : 'none';
      return how === 'withdraw'
        ? withdrawDraftObjection(s, id, at)
        : overruleDraftObjection(s, id, 'the room decided', at);
    }),
);

function objectionsById(state: AgreementState): Map<string, Objection> {
  return new Map([
    ...state.clauses.flatMap((c) => c.objections.map((o) => [o.id, o] as const)),
    ...state.draftObjections.map((o) => [o.id, o] as const),
  ]);
}

describe('honest status rules, over any sequence of actions', () => {
  it('never drop a standing objection (of a clause or of the whole draft), never end one without a recorded resolution, and never accept or assent over one', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => {
        let state = draft;
        actions.forEach((act, i) => {
          let next = state;
          try {
            next = act(state, 100 + i);
          } catch (error) {
            if (!(error instanceof AgreementRuleError)) throw error;
          }
          const before = objectionsById(state);
          const after = objectionsById(next);
          for (const [id, o] of before) {
            const now = after.get(id);
            if (o.resolution === null) {
              // A standing objection stays on record (its clause cannot be deleted under it)…
              expect(now, `objection ${id} vanished`).toBeDefined();
              // …and ends only with a recorded way, an overrule always with its reason.
              if (now!.resolution !== null) {
                expect(now!.resolvedAt).not.toBeNull();
                if (now!.resolution.kind === 'overruled')
                  expect(now!.resolution.reason).not.toBe('');
              }
            } else if (now) {
              expect(now.resolution, `resolution of ${id} rewritten`).toEqual(o.resolution);
            }
          }
          for (const c of next.clauses) {
            const standing = c.objections.filter((o) => o.resolution === null);
            if (c.status === 'accepted') expect(standing).toEqual([]);
            if (c.status === 'contested') expect(standing.length).toBeGreaterThan(0);
          }
          // A party objecting to the whole draft has not assented to it.
          for (const o of next.draftObjections)
            if (o.resolution === null) expect(next.draftAssent[o.partyId]).toBeUndefined();
          state = next;
        });
      }),
      { numRuns: 300 },
    );
  });
});
