import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import { buildAgreementDocument } from '#shared/agreement/document';
import {
  applyAdditions,
  generateDraft,
  proposeAdditions,
  type SourceCard,
} from '#shared/agreement/generate';
import { emptyAgreement, sectionClauses } from '#shared/agreement/model';
import { amendClause } from '#shared/agreement/negotiation';

const cardTexts = Object.fromEntries(FIXTURE_CARDS.map((c) => [c.id, c.text]));

describe('generating a draft from the fixture session', () => {
  const draft = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());

  it('matches the reviewed golden draft', async () => {
    await expect(JSON.stringify(draft, null, 2) + '\n').toMatchFileSnapshot(
      '../../../fixtures/agreement/generated-draft.json',
    );
  });

  it('matches the reviewed golden document the exporters render', async () => {
    const doc = buildAgreementDocument(draft, {
      title: 'Group B — agreement draft',
      proposition: 'Social productivity',
      cardTexts,
    });
    await expect(JSON.stringify(doc, null, 2) + '\n').toMatchFileSnapshot(
      '../../../fixtures/agreement/generated-document.json',
    );
  });

  it('lands each lane in its section, conclusions in board order', () => {
    expect(sectionClauses(draft, 'objectives').map((c) => c.sourceCardIds)).toEqual([
      ['card-con-1'],
      ['card-extra'],
    ]);
    expect(sectionClauses(draft, 'commitments').map((c) => c.sourceCardIds)).toEqual([
      ['card-con-2'],
      ['card-con-3'],
      ['card-con-4'],
    ]);
    expect(sectionClauses(draft, 'contingencies').map((c) => c.sourceCardIds)).toEqual([
      ['card-pra-1'],
      ['card-pra-2'],
    ]);
    expect(sectionClauses(draft, 'review').map((c) => c.sourceCardIds)).toEqual([
      ['card-acc-1'],
      ['card-acc-2'],
    ]);
    expect(sectionClauses(draft, 'questions').map((c) => c.text)).toEqual([
      'Who pays for volunteer training?',
    ]);
    expect(draft.mandateNotes.map((n) => n.sourceCardIds)).toEqual([
      ['card-leg-1'],
      ['card-leg-2'],
    ]);
  });

  it('gives every commitment a party: the service guarantees a level of functioning, residents commit their part', () => {
    const [library, reading, contact] = sectionClauses(draft, 'commitments');
    const name = (id: string | null) => draft.parties.find((p) => p.id === id)?.name;
    expect(name(library!.partyId)).toBe('Those who decide');
    expect(library!.level).toEqual({
      what: 'The library stays open 6 days a week',
      standard: '',
      frequency: '6 days a week',
    });
    expect(name(reading!.partyId)).toBe('Those affected');
    expect(reading!.level).toBeNull();
    expect(contact!.level?.standard).toBe('within 2 working days');
  });

  it('splits an if/then point into condition and consequence, and reads "reports to"', () => {
    expect(sectionClauses(draft, 'contingencies')[0]!.contingency).toMatchObject({
      condition: 'volunteers cannot staff Saturdays',
      consequence: 'the library opens five days until the rota recovers',
    });
    expect(sectionClauses(draft, 'review')[0]!.review).toMatchObject({
      reporter: 'The library manager',
      reportsTo: 'the ward forum',
      measure: 'opening hours kept',
    });
  });

  it('links every clause and note back to a card that exists on the board', () => {
    const ids = new Set(FIXTURE_CARDS.map((c) => c.id));
    for (const c of draft.clauses) expect(c.sourceCardIds.every((id) => ids.has(id))).toBe(true);
    expect(
      draft.clauses.every((c) => c.sourceCardIds.length === 1 && c.origin === 'generated'),
    ).toBe(true);
  });

  it('is deterministic for the same cards, ids and time', () => {
    expect(generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions())).toEqual(draft);
  });
});

describe('regenerating', () => {
  const first = generateDraft(
    FIXTURE_SESSION_ID,
    null,
    FIXTURE_CARDS.slice(0, 6),
    fixtureOptions('a'),
  );

  it('offers only what the board gained, and nothing when nothing changed', () => {
    expect(proposeAdditions(first, FIXTURE_CARDS.slice(0, 6))).toEqual([]);
    const offered = proposeAdditions(first, FIXTURE_CARDS);
    expect(offered.map((a) => a.key)).toEqual([
      'card:card-con-1',
      'card:card-con-2',
      'card:card-con-3',
      'card:card-con-4',
      'card:card-extra',
      'card:card-q-1',
    ]);
  });

  it('never overwrites an edited clause and keeps the parties the group renamed', () => {
    const target = first.clauses[0]!;
    const edited = amendClause(
      first,
      target.id,
      { text: 'Reworded by the group', reason: 'clearer' },
      1,
    );
    const renamed = {
      ...edited,
      parties: edited.parties.map((p, i) =>
        i === 0 ? { ...p, name: 'Northtown library service' } : p,
      ),
    };
    const regenerated = generateDraft(
      FIXTURE_SESSION_ID,
      renamed,
      FIXTURE_CARDS,
      fixtureOptions('c'),
    );
    expect(regenerated.clauses.find((c) => c.id === target.id)!.text).toBe('Reworded by the group');
    expect(regenerated.parties.map((p) => p.name)).toEqual([
      'Northtown library service',
      'Those affected',
    ]);
    expect(regenerated.clauses.slice(0, first.clauses.length).map((c) => c.id)).toEqual(
      first.clauses.map((c) => c.id),
    );
  });

  it('does not offer a declined addition again, nor a generated clause the facilitator deleted', () => {
    const offered = proposeAdditions(first, FIXTURE_CARDS);
    const withOne = applyAdditions(
      first,
      offered,
      new Set(['card:card-con-1']),
      fixtureOptions('d2'),
    );
    expect(withOne.clauses.at(-1)!.sourceCardIds).toEqual(['card-con-1']);
    expect(proposeAdditions(withOne, FIXTURE_CARDS)).toEqual([]);
  });
});

describe('placing cards by what they are, not by their words (the issue’s examples, each misplaced on 444ba54)', () => {
  const card = (id: string, lane: string, text: string, kind = 'point'): SourceCard => ({
    id,
    lane,
    text,
    kind,
  });
  const generate = (cards: SourceCard[]) =>
    generateDraft(FIXTURE_SESSION_ID, null, cards, fixtureOptions());

  it('does not file “Residents were not asked” as the residents’ mandate', () => {
    const asPoint = generate([
      card('c1', 'legitimacy', 'Residents were not asked; the idea came from a policy paper.'),
    ]);
    expect(asPoint.mandateNotes.map((n) => n.partyId)).toEqual([null]);
    const asConcern = generate([
      card(
        'c1',
        'legitimacy',
        'Residents were not asked; the idea came from a policy paper.',
        'concern',
      ),
    ]);
    expect(asConcern.mandateNotes).toEqual([]);
    expect(sectionClauses(asConcern, 'questions').map((c) => c.sourceCardIds)).toEqual([['c1']]);
  });

  it('does not make an evidence card a contingency: it is offered, left out unless the facilitator moves it', () => {
    const evidence = card(
      'c2',
      'practicability',
      'Small grants to existing groups worked in two wards; they were cheap and quick.',
      'evidence',
    );
    const [offer] = proposeAdditions(emptyAgreement(FIXTURE_SESSION_ID, 0), [evidence]);
    expect(offer).toMatchObject({
      placement: 'leave-out',
      why: expect.stringMatching(/Evidence informs/),
    });
    const draft = generate([evidence]);
    expect(draft.clauses).toEqual([]);
    expect(draft.declinedKeys).toEqual(['card:c2']);
    const moved = applyAdditions(
      emptyAgreement(FIXTURE_SESSION_ID, 0),
      [offer!],
      new Set([offer!.key]),
      fixtureOptions(),
      new Map([[offer!.key, 'objectives']]),
    );
    expect(sectionClauses(moved, 'objectives').map((c) => c.sourceCardIds)).toEqual([['c2']]);
  });

  it('does not make a commitment of “will”, “runs” or “provides” alone; a commitment card or a stated level of service does', () => {
    const draft = generate([
      card('c3', 'conclusions', 'The council will look again at how grants are decided'),
      card('c4', 'conclusions', 'The hub runs on goodwill'),
      card('c5', 'conclusions', 'Volunteering provides a sense of belonging'),
      card('c6', 'conclusions', 'Residents look after the community garden', 'commitment'),
      card('c7', 'conclusions', 'The library answers email within 2 working days'),
    ]);
    expect(sectionClauses(draft, 'objectives').map((c) => c.sourceCardIds[0])).toEqual([
      'c3',
      'c4',
      'c5',
    ]);
    expect(sectionClauses(draft, 'commitments').map((c) => c.sourceCardIds[0])).toEqual([
      'c6',
      'c7',
    ]);
  });

  it('turns a definition card into the Definitions the agreement opens with, wherever it was captured', () => {
    const draft = generate([
      card('c8', 'questions', 'The state: the county council, not Whitehall', 'definition'),
      card('c9', 'questions', 'Who pays for training?'),
    ]);
    expect(draft.definitions).toMatchObject([
      { term: 'The state', meaning: 'the county council, not Whitehall', sourceCardIds: ['c8'] },
    ]);
    expect(sectionClauses(draft, 'questions').map((c) => c.sourceCardIds[0])).toEqual(['c9']);
    expect(buildAgreementDocument(draft).definitions).toEqual([
      { term: 'The state', meaning: 'the county council, not Whitehall' },
    ]);
  });
});
