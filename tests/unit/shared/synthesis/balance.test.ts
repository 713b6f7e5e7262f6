import { describe, expect, it } from 'vitest';

import { balanceOf, hasVoices, type VoiceRows } from '#shared/synthesis/balance';

const rows = (over: Partial<VoiceRows>): VoiceRows => ({
  cards: [],
  participants: [
    { id: 'ana', party: 'Residents' },
    { id: 'ben', party: 'Council' },
  ],
  dots: [],
  objectionParties: [],
  stanceParties: [],
  ...over,
});

describe('the balance of voices', () => {
  it('counts points per party and lens by who raised them; conclusions and questions are no lens', () => {
    const b = balanceOf(
      rows({
        cards: [
          { id: '1', lane: 'legitimacy', participantId: 'ana' },
          { id: '2', lane: 'legitimacy', participantId: 'ana' },
          { id: '3', lane: 'accountability', participantId: 'ben' },
          { id: '4', lane: 'conclusions', participantId: 'ben' },
          { id: '5', lane: 'questions', participantId: 'ana' },
        ],
      }),
    );
    expect(b.parties.map((p) => [p.party, p.lenses])).toEqual([
      [
        'Residents',
        {
          legitimacy: { points: 2, dots: 0 },
          practicability: { points: 0, dots: 0 },
          accountability: { points: 0, dots: 0 },
        },
      ],
      [
        'Council',
        {
          legitimacy: { points: 0, dots: 0 },
          practicability: { points: 0, dots: 0 },
          accountability: { points: 1, dots: 0 },
        },
      ],
    ]);
  });

  it('flags every lens in which a party said nothing — a party listed but silent too', () => {
    const b = balanceOf(rows({ cards: [{ id: '1', lane: 'legitimacy', participantId: 'ana' }] }));
    expect(b.parties.map((p) => [p.party, p.silentIn])).toEqual([
      ['Residents', ['practicability', 'accountability']],
      ['Council', ['legitimacy', 'practicability', 'accountability']],
    ]);
  });

  it('counts a phone’s point for the party it gave, and an anonymous phone’s for nobody', () => {
    const b = balanceOf(
      rows({
        cards: [
          { id: '1', lane: 'practicability', fromRoom: { party: ' residents ' } },
          { id: '2', lane: 'practicability', fromRoom: { party: null } },
          { id: '3', lane: 'practicability', fromRoom: { party: 'Tenants' } },
          { id: '4', lane: 'legitimacy' },
        ],
      }),
    );
    const party = (name: string) => b.parties.find((p) => p.party === name)!;
    // Matched to the listed party whatever the spacing and case the phone typed.
    expect(party('Residents').lenses.practicability.points).toBe(1);
    expect(party('Tenants').lenses.practicability.points).toBe(1);
    expect(party('Council').lenses.practicability.points).toBe(0);
    expect(b.nobody.practicability.points).toBe(1);
    expect(b.nobody.legitimacy.points).toBe(1);
  });

  it('counts dots in the lens of the card they sit on, phones’ dots (room:<phone>) for nobody', () => {
    const b = balanceOf(
      rows({
        cards: [
          { id: 'c1', lane: 'legitimacy', participantId: 'ana' },
          { id: 'c2', lane: 'conclusions' },
        ],
        dots: [
          { cardId: 'c1', participantId: 'ben', count: 3 },
          { cardId: 'c1', participantId: 'room:phone-1', count: 2 },
          { cardId: 'c2', participantId: 'ana', count: 4 },
        ],
      }),
    );
    expect(b.parties.find((p) => p.party === 'Council')!.lenses.legitimacy.dots).toBe(3);
    expect(b.nobody.legitimacy.dots).toBe(2);
    expect(b.parties.find((p) => p.party === 'Residents')!.lenses.legitimacy.dots).toBe(0);
  });

  it('counts objections and stances per party named in the draft', () => {
    const b = balanceOf(
      rows({
        objectionParties: ['Council', 'Council', 'Observers'],
        stanceParties: ['Residents', 'Council', ''],
      }),
    );
    expect(b.parties.map((p) => [p.party, p.objections, p.stances])).toEqual([
      ['Residents', 0, 1],
      ['Council', 2, 1],
      ['Observers', 1, 0],
    ]);
  });

  it('has nothing to show for a board where nobody has said anything', () => {
    expect(hasVoices(balanceOf(rows({})))).toBe(false);
    expect(hasVoices(balanceOf(rows({ stanceParties: ['Council'] })))).toBe(true);
  });
});
