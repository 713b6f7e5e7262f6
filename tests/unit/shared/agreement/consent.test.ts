import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import {
  openConsentRound,
  recordStance,
  revealRound,
  roundForPhone,
  roundSpread,
} from '#shared/agreement/consent';
import { CONSENT_SCALES } from '#shared/agreement/consentTypes';
import {
  overruleDraftObjection,
  standingDraftObjections,
  withdrawDraftObjection,
} from '#shared/agreement/draftObjections';
import { generateDraft } from '#shared/agreement/generate';
import { sectionClauses, type PartyId } from '#shared/agreement/model';
import { recordDraftAssent, setClauseStatus } from '#shared/agreement/negotiation';

const draft = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());
const [service, community] = draft.parties.map((p) => p.id) as [PartyId, PartyId];
const hours = sectionClauses(draft, 'commitments')[0]!.id;
const onHours = { kind: 'clause', clauseId: hours } as const;
const opened = openConsentRound(draft, 'r1', onHours, 'fist-to-five', 10);

describe('a consent round on a clause', () => {
  it('keeps the wording asked about and takes stances on the chosen scale, with who spoke for each party', () => {
    let state = recordStance(
      opened,
      'r1',
      { partyId: service, speaker: 'Asha', value: 4, source: 'scribe' },
      11,
    );
    state = recordStance(
      state,
      'r1',
      { partyId: community, speaker: 'Tom', value: 3, source: 'scribe' },
      12,
    );
    const round = state.consentRounds[0]!;
    expect(round).toMatchObject({
      subject: 'The library stays open 6 days a week',
      revealedAt: null,
    });
    expect(round.stances.map((s) => [s.speaker, s.value])).toEqual([
      ['Asha', 4],
      ['Tom', 3],
    ]);
    expect(() =>
      recordStance(state, 'r1', { partyId: service, value: 7, source: 'scribe' }, 13),
    ).toThrow(/on the round’s scale/);
  });

  it('asks a low stance for a reason, and on reveal makes it the party’s recorded objection', () => {
    expect(() =>
      recordStance(
        opened,
        'r1',
        { partyId: community, speaker: 'Tom', value: 1, source: 'scribe' },
        11,
      ),
    ).toThrow(/is a low stance: say why/);
    let state = recordStance(
      opened,
      'r1',
      {
        partyId: community,
        speaker: 'Tom',
        value: 1,
        reason: 'Nobody funds Saturdays',
        source: 'scribe',
      },
      11,
    );
    // Private until revealed: the clause is untouched.
    expect(state.clauses.find((c) => c.id === hours)!.status).toBe('proposed');
    state = revealRound(state, 'r1', 12);
    const clause = state.clauses.find((c) => c.id === hours)!;
    expect(clause.status).toBe('contested');
    expect(clause.objections).toMatchObject([
      { partyId: community, text: 'Nobody funds Saturdays', roundId: 'r1', resolution: null },
    ]);
    expect(() => setClauseStatus(state, hours, 'accepted', 13)).toThrow(/still objects/);
    expect(() =>
      recordStance(state, 'r1', { partyId: service, value: 5, source: 'scribe' }, 14),
    ).toThrow(/has been revealed/);
  });

  it('shows the spread by party once revealed, one voice per person (a phone resending replaces, not doubles)', () => {
    let state = recordStance(
      opened,
      'r1',
      { partyId: service, participantId: 'asha', speaker: 'Asha', value: 5, source: 'phone' },
      11,
    );
    state = recordStance(
      state,
      'r1',
      { partyId: service, participantId: 'asha', speaker: 'Asha', value: 4, source: 'phone' },
      12,
    );
    state = recordStance(
      state,
      'r1',
      { partyId: service, participantId: 'ben', speaker: 'Ben', value: 3, source: 'phone' },
      13,
    );
    state = revealRound(state, 'r1', 14);
    const spread = roundSpread(state, state.consentRounds[0]!);
    expect(
      spread.map((p) => [p.party.name, p.stances.map((s) => `${s.speaker} ${s.value}`)]),
    ).toEqual([
      ['Those who decide', ['Asha 4', 'Ben 3']],
      ['Those affected', []],
    ]);
  });

  it('gives a phone the wording, the scale and its own stance of an open round, nothing else', () => {
    const state = recordStance(
      recordStance(
        opened,
        'r1',
        { partyId: service, participantId: 'asha', speaker: 'Asha', value: 4, source: 'phone' },
        11,
      ),
      'r1',
      { partyId: community, participantId: 'tom', speaker: 'Tom', value: 5, source: 'phone' },
      12,
    );
    expect(roundForPhone(state, 'r1', 'asha')).toEqual({
      roundId: 'r1',
      about: 'clause',
      clauseText: 'The library stays open 6 days a week',
      scale: 'fist-to-five',
      parties: draft.parties.map((p) => ({ id: p.id, name: p.name })),
      mine: { partyId: service, stance: { scale: 'fist-to-five', value: 4 }, reason: '' },
    });
    expect(roundForPhone(state, 'r1', 'nobody')!.mine).toBeNull();
    expect(roundForPhone(revealRound(state, 'r1', 13), 'r1', 'asha')).toBeNull();
  });

  it('holds a phone to the same rule as the scribe: a low stance says why, and the reason becomes the objection', () => {
    const low = { partyId: community, participantId: 'tom', speaker: 'Tom', value: 0 } as const;
    expect(() => recordStance(opened, 'r1', { ...low, source: 'phone' }, 11)).toThrow(
      /low stance: say why/,
    );
    const state = revealRound(
      recordStance(opened, 'r1', { ...low, reason: 'Sundays cost too much', source: 'phone' }, 11),
      'r1',
      12,
    );
    expect(state.clauses.find((c) => c.id === hours)!.objections[0]!.text).toBe(
      'Sundays cost too much',
    );
  });

  it('offers the gradients of agreement from wholehearted endorsement to block, and one open round per clause', () => {
    const state = openConsentRound(draft, 'g1', onHours, 'gradients', 10);
    expect(CONSENT_SCALES.gradients.levels.map((l) => `${l.value} ${l.label}`)).toEqual([
      '1 Wholehearted endorsement',
      '2 Agreement with a minor point of contention',
      '3 Support with reservations',
      '4 Abstain',
      '5 More discussion needed',
      '6 Do not like it, but will support it',
      '7 Serious disagreement',
      '8 Block',
    ]);
    expect(() => openConsentRound(state, 'g2', onHours, 'fist-to-five', 11)).toThrow(
      /already under way/,
    );
  });
});

describe('a consent round on the whole draft', () => {
  it('records stances without touching any clause', () => {
    let state = openConsentRound(draft, 'd1', { kind: 'draft' }, 'gradients', 10);
    state = recordStance(
      state,
      'd1',
      { partyId: community, value: 8, reason: 'Not without funding', source: 'scribe' },
      11,
    );
    state = revealRound(state, 'd1', 12);
    expect(state.consentRounds[0]!.subject).toBe('The whole draft (revision 1)');
    expect(state.clauses.every((c) => c.objections.length === 0)).toBe(true);
  });

  it('makes a low stance the party’s objection to the draft, which stands until withdrawn or overruled with a reason', () => {
    let state = recordDraftAssent(draft, community, 9);
    state = openConsentRound(state, 'd1', { kind: 'draft' }, 'gradients', 10);
    state = recordStance(
      state,
      'd1',
      { partyId: community, value: 7, reason: 'Not without funding', source: 'scribe' },
      11,
    );
    state = recordStance(state, 'd1', { partyId: service, value: 2, source: 'scribe' }, 11);
    state = revealRound(state, 'd1', 12);
    expect(state.draftObjections).toMatchObject([
      { id: 'draft:o1', partyId: community, text: 'Not without funding', roundId: 'd1' },
    ]);
    expect(standingDraftObjections(state)).toHaveLength(1);
    // Objecting lapses its assent, and it cannot assent again while the objection stands.
    expect(state.draftAssent[community]).toBeUndefined();
    expect(() => recordDraftAssent(state, community, 13)).toThrow(/objects to the whole draft/);
    expect(() => overruleDraftObjection(state, 'draft:o1', ' ', 13)).toThrow(/Say why/);
    const overruled = overruleDraftObjection(state, 'draft:o1', 'Funding is clause 4.2', 13);
    expect(overruled.draftObjections[0]!.resolution).toEqual({
      kind: 'overruled',
      at: 13,
      reason: 'Funding is clause 4.2',
    });
    expect(recordDraftAssent(overruled, community, 14).draftAssent[community]).toBeDefined();
    const withdrawn = withdrawDraftObjection(state, 'draft:o1', 13);
    expect(withdrawn.draftObjections[0]!.resolution).toEqual({ kind: 'withdrawn', at: 13 });
    expect(() => withdrawDraftObjection(withdrawn, 'draft:o1', 14)).toThrow(/already been settled/);
  });
});
