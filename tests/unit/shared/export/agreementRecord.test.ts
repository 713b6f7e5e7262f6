// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import { openConsentRound, recordStance, revealRound } from '#shared/agreement/consent';
import { buildAgreementDocument } from '#shared/agreement/document';
import { generateDraft } from '#shared/agreement/generate';
import { sectionClauses, type AgreementState, type PartyId } from '#shared/agreement/model';
import { amendClause, contestClause } from '#shared/agreement/negotiation';
import { overruleObjection, withdrawObjection } from '#shared/agreement/objections';
import { agreementPartFromDocument } from '#shared/export/adapters/fromAgreement';

import { exportTexts } from './exportTexts';

/** Every export format's visible text for a session carrying this draft. */
export function exportsOf(state: AgreementState, anonymise = false) {
  return exportTexts(agreementPartFromDocument(buildAgreementDocument(state)), anonymise);
}

const draft = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());
const [service, community] = draft.parties.map((p) => p.id) as [PartyId, PartyId];
const [hours, club] = sectionClauses(draft, 'commitments').map((c) => c.id);

describe('the record of objections in every export', () => {
  it('shows how each objection ended: withdrawn by its party, or overruled with the reason', async () => {
    let state = contestClause(draft, hours!, community, 'Six days is not affordable', 10);
    state = contestClause(state, club!, service, 'No insurance for volunteers', 11);
    const [first] = state.clauses.find((c) => c.id === hours)!.objections;
    const [second] = state.clauses.find((c) => c.id === club)!.objections;
    state = withdrawObjection(state, hours!, first!.id, 12);
    state = overruleObjection(state, club!, second!.id, 'The council insures all volunteers', 13);
    for (const text of Object.values(await exportsOf(state))) {
      expect(text).toContain(
        'Objection (Those affected): Six days is not affordable — withdrawn by Those affected',
      );
      expect(text).toContain(
        'Objection (Those who decide): No insurance for volunteers — overruled (1970-01-01 00:00 UTC) because The council insures all volunteers',
      );
    }
  });
});

describe('consent rounds in every export', () => {
  const opened = openConsentRound(
    draft,
    'r1',
    { kind: 'clause', clauseId: hours! },
    'gradients',
    10,
  );
  const withStances = recordStance(
    recordStance(
      opened,
      'r1',
      { partyId: service, speaker: 'Asha Patel', value: 1, source: 'scribe' },
      11,
    ),
    'r1',
    {
      partyId: community,
      speaker: 'Tom Reed',
      value: 8,
      reason: 'Nobody asked us',
      source: 'phone',
    },
    12,
  );

  it('say only how many stances are in before the reveal', async () => {
    for (const text of Object.values(await exportsOf(withStances))) {
      expect(text).toContain('2 stances in, not yet revealed');
      expect(text).not.toContain('Asha Patel');
      expect(text).not.toContain('Nobody asked us');
    }
  });

  it('show every stance with its party and speaker once revealed, and the objection it raised', async () => {
    const revealed = revealRound(withStances, 'r1', 13);
    for (const text of Object.values(await exportsOf(revealed))) {
      expect(text).toContain(
        'Those who decide — Wholehearted endorsement (Asha Patel); Those affected — Block (Tom Reed): Nobody asked us.',
      );
      expect(text).toContain('Open contest (Those affected): Nobody asked us');
    }
  });

  it('keep the parties and hide the people when anonymised', async () => {
    const revealed = revealRound(withStances, 'r1', 13);
    for (const text of Object.values(await exportsOf(revealed, true))) {
      expect(text).not.toMatch(/Asha Patel|Tom Reed/);
      expect(text).toMatch(/Those who decide — Wholehearted endorsement \(Participant [A-Z]\)/);
      expect(text).toMatch(/Those affected — Block \(Participant [A-Z]\)/);
    }
  });
});

describe('open questions in every export', () => {
  const question = sectionClauses(draft, 'questions')[0]!.id;

  it('carry their owner and next step; a party owner stays named and a person is anonymised', async () => {
    const byParty = amendClause(
      draft,
      question,
      { followUp: { owner: service, ownerKind: 'party', nextStep: 'Cost it by May' } },
      20,
    );
    for (const text of Object.values(await exportsOf(byParty, true))) {
      expect(text).toContain('Owner: Those who decide');
      expect(text).toContain('Next step: Cost it by May');
    }
    const byPerson = amendClause(
      draft,
      question,
      { followUp: { owner: 'Priya Shah', ownerKind: 'person', nextStep: 'Ask the trust' } },
      21,
    );
    expect((await exportsOf(byPerson)).markdown).toContain('Owner: Priya Shah');
    for (const text of Object.values(await exportsOf(byPerson, true))) {
      expect(text).not.toContain('Priya Shah');
      expect(text).toMatch(/Owner: Participant [A-Z]/);
    }
  });
});
