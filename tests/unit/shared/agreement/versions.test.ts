import { describe, expect, it } from 'vitest';

import {
  FIXTURE_CARDS,
  FIXTURE_SESSION_ID,
  fixtureOptions,
} from '#fixtures/agreement/fixtureSession';
import { generateDraft } from '#shared/agreement/generate';
import { sectionClauses, type ClauseId, type PartyId } from '#shared/agreement/model';
import {
  addClause,
  amendClause,
  contestClause,
  recordClauseAssent,
  removeClause,
  setClauseStatus,
  updateParty,
} from '#shared/agreement/negotiation';
import { diffVersions, takeSnapshot } from '#shared/agreement/versions';

const v1State = generateDraft(FIXTURE_SESSION_ID, null, FIXTURE_CARDS, fixtureOptions());
const [objective, secondObjective] = sectionClauses(v1State, 'objectives').map((c) => c.id) as [
  ClauseId,
  ClauseId,
];
const libraryHours = sectionClauses(v1State, 'commitments')[0]!.id;
const question = sectionClauses(v1State, 'questions')[0]!.id;
const service = v1State.parties[0]!.id as PartyId;

describe('snapshots', () => {
  it('are numbered after the highest existing version and never change when the draft does', () => {
    const v1 = takeSnapshot(v1State, [], 'v-1', 100);
    const v3 = takeSnapshot(v1State, [{ number: 1 }, { number: 2 }], 'v-3', 200, '  after lunch ');
    expect([v1.number, v3.number, v3.label]).toEqual([1, 3, 'after lunch']);
    const later = amendClause(v1State, objective, { text: 'Changed later' }, 300);
    expect(later.clauses[0]!.text).toBe('Changed later');
    expect(v1.state.clauses[0]!.text).toBe(
      'Outcomes are negotiated between the service and the people it serves',
    );
  });
});

describe('comparing two versions clause by clause', () => {
  let v2State = amendClause(
    v1State,
    libraryHours,
    { text: 'The library stays open 5 days a week', reason: 'Staffing' },
    10,
  );
  v2State = setClauseStatus(v2State, objective, 'accepted', 11);
  v2State = contestClause(v2State, secondObjective, service, 'Not ours to promise', 12);
  v2State = removeClause(v2State, question, 13);
  v2State = addClause(
    v2State,
    'added-1' as ClauseId,
    { section: 'questions', text: 'Who trains volunteers?' },
    14,
  );
  v2State = updateParty(
    v2State,
    service,
    { name: 'Northtown library service', role: 'service' },
    15,
  );
  const diff = diffVersions(v1State, v2State);
  const find = (id: string) => diff.clauses.find((d) => d.clauseId === id)!;

  it('names what was added, removed, changed and only status-changed', () => {
    expect(find(libraryHours)).toMatchObject({
      kind: 'changed',
      changes: ['text'],
      textBefore: 'The library stays open 6 days a week',
      textAfter: 'The library stays open 5 days a week',
      statusChanged: false,
    });
    expect(find(objective)).toMatchObject({
      kind: 'status',
      statusBefore: 'proposed',
      statusAfter: 'accepted',
      changes: [],
    });
    expect(find(secondObjective)).toMatchObject({ kind: 'status', statusAfter: 'contested' });
    expect(find(question)).toMatchObject({
      kind: 'removed',
      numberBefore: '6.1',
      numberAfter: null,
    });
    expect(find('added-1')).toMatchObject({
      kind: 'added',
      numberBefore: null,
      numberAfter: '6.1',
      textAfter: 'Who trains volunteers?',
    });
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, status: 2, unchanged: 6 });
  });

  it('reports renamed parties, and a version compared with itself has no changes', () => {
    expect(diff.parties).toEqual({
      added: [],
      removed: [],
      renamed: [{ from: 'Those who decide', to: 'Northtown library service' }],
    });
    expect(diffVersions(v2State, v2State).counts).toMatchObject({
      added: 0,
      removed: 0,
      changed: 0,
      status: 0,
    });
  });

  it('lists clauses in the newer version’s order, section by section, with removed ones after', () => {
    expect(diff.clauses.filter((d) => d.section === 'questions').map((d) => d.kind)).toEqual([
      'added',
      'removed',
    ]);
  });
});

describe('assent in a comparison', () => {
  it('counts as a change of standing, not of terms, and names who assents now', () => {
    const after = recordClauseAssent(v1State, objective, service, 5);
    const row = diffVersions(v1State, after).clauses.find((d) => d.clauseId === objective)!;
    expect(row).toMatchObject({
      kind: 'status',
      changes: ['assent'],
      statusChanged: false,
      assentAfter: ['Those who decide'],
    });
  });
});
