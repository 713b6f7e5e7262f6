import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import { buildAgreementDocument } from '#shared/agreement/document';
import { generateDraft } from '#shared/agreement/generate';
import {
  clauseNumber,
  sectionClauses,
  type AgreementState,
  type ClauseId,
  type PartyId,
} from '#shared/agreement/model';
import {
  addClause,
  addParty,
  amendClause,
  contestClause,
  moveClause,
  recordClauseAssent,
  recordDraftAssent,
  removeClause,
  removeParty,
  setClauseStatus,
} from '#shared/agreement/negotiation';

import { canTransition, CLAUSE_STATUSES_FOR_TEST } from './statusTable';

const draft = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());
const [service, community] = draft.parties.map((p) => p.id) as [PartyId, PartyId];
const objective = sectionClauses(draft, 'objectives')[0]!.id;
const libraryHours = sectionClauses(draft, 'commitments')[0]!.id;
const clause = (state: AgreementState, id: ClauseId) => state.clauses.find((c) => c.id === id)!;

describe('status transitions', () => {
  it('allow the moves a negotiation makes and refuse reviving a withdrawn clause straight to accepted', () => {
    expect(
      CLAUSE_STATUSES_FOR_TEST.flatMap((from) =>
        CLAUSE_STATUSES_FOR_TEST.filter((to) => canTransition(from, to)).map(
          (to) => `${from}→${to}`,
        ),
      ),
    ).toEqual([
      'proposed→accepted',
      'proposed→contested',
      'proposed→withdrawn',
      'accepted→proposed',
      'accepted→contested',
      'accepted→withdrawn',
      'contested→proposed',
      'contested→accepted',
      'contested→withdrawn',
      'withdrawn→proposed',
    ]);
    const withdrawn = setClauseStatus(draft, objective, 'withdrawn', 10);
    expect(() => setClauseStatus(withdrawn, objective, 'accepted', 11)).toThrow(
      /withdrawn clause cannot become accepted directly/,
    );
    expect(clause(setClauseStatus(withdrawn, objective, 'proposed', 11), objective).status).toBe(
      'proposed',
    );
  });

  it('records an objection against the party when a clause is contested, and accepting it over the objection is refused', () => {
    const contested = contestClause(
      draft,
      libraryHours,
      community,
      'Six days is not affordable without volunteers',
      10,
    );
    expect(clause(contested, libraryHours)).toMatchObject({
      status: 'contested',
      objections: [
        {
          partyId: community,
          text: 'Six days is not affordable without volunteers',
          resolvedAt: null,
        },
      ],
    });
    expect(buildAgreementDocument(contested).openContests).toEqual([
      {
        number: '3.1',
        text: 'The library stays open 6 days a week',
        objections: [
          {
            party: 'Those affected',
            text: 'Six days is not affordable without volunteers',
            at: 10,
          },
        ],
      },
    ]);
    // On 444ba54 accepting settled the objection silently; now it is refused and the objection stands.
    expect(() => setClauseStatus(contested, libraryHours, 'accepted', 20)).toThrow(
      /Those affected still objects to this clause/,
    );
    expect(clause(contested, libraryHours).objections[0]!.resolution).toBeNull();
  });

  it('refuses an objection without a reason', () => {
    expect(() => contestClause(draft, libraryHours, community, '  ', 10)).toThrow(
      'Say what Those affected objects to.',
    );
  });
});

describe('amendments', () => {
  it('record who proposed them, when, old and new text and why; an accepted clause goes back to proposed and loses its assent', () => {
    let state = setClauseStatus(draft, libraryHours, 'accepted', 10);
    state = recordClauseAssent(state, libraryHours, service, 11);
    state = amendClause(
      state,
      libraryHours,
      { text: 'The library stays open 5 days a week', proposedBy: community, reason: 'Staffing' },
      12,
    );
    expect(clause(state, libraryHours)).toMatchObject({
      status: 'proposed',
      edited: true,
      assent: {},
      amendments: [
        {
          at: 12,
          partyId: community,
          oldText: 'The library stays open 6 days a week',
          newText: 'The library stays open 5 days a week',
          reason: 'Staffing',
        },
      ],
    });
    // The generated level of functioning quoted the old wording, so it follows the new one.
    expect(clause(state, libraryHours).level?.what).toBe('The library stays open 5 days a week');
  });

  it('refuse a clause without text and a commitment without a party', () => {
    expect(() => amendClause(draft, libraryHours, { text: '   ' }, 1)).toThrow(
      'A clause needs text: write what is being agreed.',
    );
    expect(() => amendClause(draft, libraryHours, { partyId: null }, 1)).toThrow(
      'A commitment needs a party: choose who commits to it.',
    );
    expect(() =>
      addClause(draft, 'new' as ClauseId, { section: 'commitments', text: 'We will help' }, 1),
    ).toThrow(/needs a party/);
    expect(
      addClause(
        draft,
        'new' as ClauseId,
        { section: 'objectives', text: 'A shared aim' },
        1,
      ).clauses.at(-1),
    ).toMatchObject({ text: 'A shared aim', origin: 'manual', partyId: null });
  });

  it('saving an unchanged clause is not an amendment', () => {
    expect(amendClause(draft, objective, { text: clause(draft, objective).text }, 5)).toBe(draft);
  });
});

describe('assent', () => {
  it('is recorded per party per clause, and refused on contested or withdrawn clauses', () => {
    const both = recordClauseAssent(
      recordClauseAssent(draft, objective, service, 10),
      objective,
      community,
      11,
    );
    expect(clause(both, objective).assent).toEqual({
      [service]: { at: 10 },
      [community]: { at: 11 },
    });
    const contested = contestClause(draft, objective, community, 'Too vague', 10);
    expect(() => recordClauseAssent(contested, objective, service, 11)).toThrow(
      /contested; settle the contest/,
    );
    expect(() =>
      recordClauseAssent(
        setClauseStatus(draft, objective, 'withdrawn', 10),
        objective,
        service,
        11,
      ),
    ).toThrow(/withdrawn/);
  });

  it('to the whole draft is refused while any clause is contested, and goes stale when the draft changes', () => {
    const contested = contestClause(draft, objective, community, 'Too vague', 10);
    expect(() => recordDraftAssent(contested, service, 11)).toThrow(
      'Clause 2.1 is still contested; settle it before a party assents to the whole draft.',
    );
    let state = recordDraftAssent(draft, service, 12);
    state = recordDraftAssent(state, community, 13);
    expect(buildAgreementDocument(state).agreedByAll).toBe(true);
    state = amendClause(state, objective, { text: 'Outcomes are negotiated, not promised' }, 14);
    const doc = buildAgreementDocument(state);
    expect(doc.agreedByAll).toBe(false);
    expect(doc.parties.map((p) => p.draftAssent)).toEqual([
      { at: 12, current: false },
      { at: 13, current: false },
    ]);
  });

  it('recording one party’s assent does not make another party’s draft assent stale', () => {
    let state = recordDraftAssent(draft, service, 12);
    state = recordClauseAssent(state, objective, community, 13);
    expect(buildAgreementDocument(state).parties[0]!.draftAssent).toEqual({
      at: 12,
      current: true,
    });
  });
});

describe('parties', () => {
  it('deleting a party with commitments asks first, then takes its commitments with it', () => {
    expect(() => removeParty(draft, service, false, 10)).toThrow(
      expect.objectContaining({
        code: 'confirm',
        message: 'Those who decide has 2 commitments. Deleting the party deletes them too.',
      }),
    );
    const after = removeParty(draft, service, true, 10);
    expect(after.parties.map((p) => p.name)).toEqual(['Those affected']);
    expect(sectionClauses(after, 'commitments').map((c) => c.text)).toEqual([
      'Residents volunteer to run the Saturday reading club',
    ]);
    expect(after.mandateNotes.every((n) => n.partyId !== service)).toBe(true);
  });

  it('a party without commitments goes without asking; names must be present and distinct', () => {
    const extra = addParty(draft, 'p3' as PartyId, { name: 'Ward forum' }, 1);
    expect(removeParty(extra, 'p3' as PartyId, false, 2).parties).toHaveLength(2);
    expect(() => addParty(draft, 'p4' as PartyId, { name: ' ' }, 1)).toThrow(
      'A party needs a name: who is agreeing?',
    );
    expect(() => addParty(draft, 'p4' as PartyId, { name: 'those who decide ' }, 1)).toThrow(
      /already a party/,
    );
  });

  it('removing a clause drops it from the contingencies that pointed at it', () => {
    const contingency = sectionClauses(draft, 'contingencies')[0]!.id;
    const linked = amendClause(
      draft,
      contingency,
      {
        contingency: {
          condition: 'x',
          consequence: 'y',
          objectiveIds: [objective],
          commitmentIds: [libraryHours],
        },
      },
      1,
    );
    const after = removeClause(linked, libraryHours, 2);
    expect(clause(after, contingency).contingency).toMatchObject({
      objectiveIds: [objective],
      commitmentIds: [],
    });
  });
});

describe('ordering clauses', () => {
  it('moves a clause within its section only, keeping its text, status and assent, and numbers follow', () => {
    const commitments = sectionClauses(draft, 'commitments').map((c) => c.id);
    expect(commitments.length).toBeGreaterThan(1);
    const [first, second] = commitments as [ClauseId, ClauseId];
    const assented = recordClauseAssent(draft, second, service, 5);
    const moved = moveClause(assented, second, -1, 6);
    expect(sectionClauses(moved, 'commitments').map((c) => c.id)).toEqual([
      second,
      first,
      ...commitments.slice(2),
    ]);
    expect(clauseNumber(moved, second)).toBe('3.1');
    expect(clause(moved, second).assent[service]).toBeDefined();
    expect(clause(moved, second).text).toBe(clause(draft, second).text);
    // Other sections keep their order; the draft's revision moves on.
    for (const section of ['objectives', 'contingencies', 'review', 'questions'] as const) {
      expect(sectionClauses(moved, section).map((c) => c.id)).toEqual(
        sectionClauses(draft, section).map((c) => c.id),
      );
    }
    expect(moved.revision).toBe(assented.revision + 1);
    // And back down again.
    expect(sectionClauses(moveClause(moved, second, 1, 7), 'commitments').map((c) => c.id)).toEqual(
      commitments,
    );
  });

  it('changes nothing at either end of a section', () => {
    const commitments = sectionClauses(draft, 'commitments');
    expect(moveClause(draft, commitments[0]!.id, -1, 5)).toBe(draft);
    expect(moveClause(draft, commitments.at(-1)!.id, 1, 5)).toBe(draft);
  });
});
