import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { scorePracticability } from '#renderer/features/synthesis/commands/scoreCommands';

describe('scoring practicability points', () => {
  it('stores evidence, capacity and control on the card, and undo takes them away', async () => {
    const app = createTestApp();
    const { cards } = await buildSession(app, { cards: 1, lanes: ['practicability'] });
    const cardId = cards[0]!.id;
    await app.commands.run(scorePracticability, {
      cardId,
      scores: { evidence: 4, capacity: 2, control: 5 },
    });
    expect((await app.db.cards.get(cardId))!.practicability).toEqual({
      evidence: 4,
      capacity: 2,
      control: 5,
    });
    await app.commands.undo();
    expect((await app.db.cards.get(cardId))!.practicability).toBeUndefined();
  });

  it('refuses scores outside 1–5 or on a card of another lane, and changes nothing', async () => {
    const app = createTestApp();
    const { cards } = await buildSession(app, { cards: 1, lanes: ['practicability'] });
    const { cards: other } = await buildSession(app, { cards: 1, lanes: ['legitimacy'] });
    await expect(
      app.commands.run(scorePracticability, {
        cardId: cards[0]!.id,
        scores: { evidence: 6, capacity: 2, control: 5 },
      }),
    ).rejects.toThrow('whole number from 1 to 5');
    await expect(
      app.commands.run(scorePracticability, {
        cardId: other[0]!.id,
        scores: { evidence: 3, capacity: 3, control: 3 },
      }),
    ).rejects.toThrow('Only practicability points are scored');
    expect((await app.db.cards.get(cards[0]!.id))!.practicability).toBeUndefined();
    expect((await app.db.cards.get(other[0]!.id))!.practicability).toBeUndefined();
  });

  it('clears a card’s scores', async () => {
    const app = createTestApp();
    const { cards } = await buildSession(app, { cards: 1, lanes: ['practicability'] });
    const cardId = cards[0]!.id;
    const scores = { evidence: 1, capacity: 1, control: 1 };
    await app.commands.run(scorePracticability, { cardId, scores });
    await app.commands.run(scorePracticability, { cardId, scores: null });
    expect((await app.db.cards.get(cardId))!.practicability).toBeNull();
  });
});
