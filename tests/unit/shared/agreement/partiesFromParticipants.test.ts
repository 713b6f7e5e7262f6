import { describe, expect, it } from 'vitest';

import {
  generateDraft,
  partiesFor,
  type SourceCard,
  type SourceParticipant,
} from '#shared/agreement/generate';
import { sectionClauses } from '#shared/agreement/model';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

const PEOPLE: SourceParticipant[] = [
  { id: 'p1', name: 'Asha', party: 'Riverside Council library service' },
  { id: 'p2', name: 'Tom', party: 'Friends of Hill Park' },
  { id: 'p3', name: 'Bea', party: ' riverside council  library service ' },
  { id: 'p4', name: 'Sam', party: '' },
];

describe('the parties of a first draft come from the people at the table', () => {
  it("takes each party the participants came for once, in the order first named, guessing each one's role from its name", () => {
    const parties = partiesFor(PEOPLE, ids());
    expect(parties.map((p) => [p.name, p.role])).toEqual([
      ['Riverside Council library service', 'service'],
      ['Friends of Hill Park', 'other'],
    ]);
    expect(
      partiesFor([{ id: 'p', name: 'Jo', party: 'Tenants of Hill Street' }], ids())[0]!.role,
    ).toBe('community');
  });

  it('falls back to the two generic sides when nobody has been given a party', () => {
    expect(partiesFor([{ id: 'p4', name: 'Sam', party: '  ' }], ids()).map((p) => p.name)).toEqual([
      'Those who decide',
      'Those affected',
    ]);
    expect(partiesFor([], ids()).map((p) => p.role)).toEqual(['service', 'community']);
  });

  it("puts a commitment on the party of whoever said it, and leaves an unattributed one for the facilitator when roles can't be told", () => {
    const cards: SourceCard[] = [
      {
        id: 'c1',
        lane: 'conclusions',
        text: 'We will open the reading room two evenings a week',
        participantId: 'p2',
        order: 1,
      },
      {
        id: 'c2',
        lane: 'conclusions',
        text: 'The library will keep the building open within current hours',
        participantId: 'p3',
        order: 2,
      },
      { id: 'c3', lane: 'conclusions', text: 'Volunteers will run the homework club', order: 3 },
      {
        id: 'c4',
        lane: 'legitimacy',
        text: 'Tom was asked by the Friends committee to speak for them',
        participantId: 'p2',
        order: 4,
      },
    ];
    const draft = generateDraft('s1', null, cards, { at: 1, newId: ids(), participants: PEOPLE });
    const byName = new Map(draft.parties.map((p) => [p.id as string, p.name]));
    const commitments = sectionClauses(draft, 'commitments');
    const partyOf = (cardId: string) => {
      const id = commitments.find((c) => c.sourceCardIds.includes(cardId))?.partyId;
      return id ? byName.get(id) : null;
    };
    expect(partyOf('c1')).toBe('Friends of Hill Park');
    expect(partyOf('c2')).toBe('Riverside Council library service');
    // Nobody recorded as saying it, and "Friends of…" names no role: not pinned on the first party.
    expect(partyOf('c3')).toBeNull();
    expect(byName.get(draft.mandateNotes[0]!.partyId!)).toBe('Friends of Hill Park');
  });
});
