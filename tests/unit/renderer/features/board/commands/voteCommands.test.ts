import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { attributeCard } from '#renderer/features/board/commands/cardDetailCommands';
import {
  addParticipant,
  removeParticipant,
  updateParticipant,
} from '#renderer/features/board/commands/participantCommands';
import { castDot, setTally, setVoteBudget } from '#renderer/features/board/commands/voteCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

async function votes(cardId: string): Promise<number> {
  return (await app.db.cards.get(cardId as never))!.votes ?? 0;
}

describe('dot voting', () => {
  it('counts each participant’s dots against their budget', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    await app.commands.run(setVoteBudget, { sessionId: session.id, budget: 2 });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: 'Residents',
    });
    const bo = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Bo',
      party: 'Council',
    });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    await expect(
      app.commands.run(castDot, { cardId: cards[1]!.id, participantId: asha.id, delta: 1 }),
    ).rejects.toThrow('Asha has used all 2 dots');
    await app.commands.run(castDot, { cardId: cards[1]!.id, participantId: bo.id, delta: 1 });
    expect(await votes(cards[0]!.id)).toBe(2);
    expect(await votes(cards[1]!.id)).toBe(1);
  });

  it('takes a dot back, refuses to go below zero, and undo restores the dot', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: '',
    });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: -1 });
    expect(await votes(cards[0]!.id)).toBe(0);
    expect(await app.db.dots.count()).toBe(0);
    await expect(
      app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: -1 }),
    ).rejects.toThrow(/no dot/);
    await app.commands.undo();
    expect(await votes(cards[0]!.id)).toBe(1);
    expect(await app.db.dots.count()).toBe(1);
  });

  it('scribe tallies add to the dots and refuse nonsense', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: '',
    });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    await app.commands.run(setTally, { cardId: cards[0]!.id, tally: 7 });
    expect(await votes(cards[0]!.id)).toBe(8);
    await app.commands.run(setTally, { cardId: cards[0]!.id, tally: 3 });
    expect(await votes(cards[0]!.id)).toBe(4);
    await expect(app.commands.run(setTally, { cardId: cards[0]!.id, tally: -1 })).rejects.toThrow(
      /whole number/,
    );
    await expect(app.commands.run(setTally, { cardId: cards[0]!.id, tally: 1.5 })).rejects.toThrow(
      /whole number/,
    );
    await app.commands.undo();
    expect(await votes(cards[0]!.id)).toBe(8);
  });

  it('refuses a budget outside 1–99', async () => {
    const { session } = await buildSession(app);
    await expect(
      app.commands.run(setVoteBudget, { sessionId: session.id, budget: 0 }),
    ).rejects.toThrow(/1 to 99/);
  });
});

describe('the participant list', () => {
  it('adds, refuses a duplicate name, edits, and removes with attribution and dots cleared', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: 'Residents',
    });
    await expect(
      app.commands.run(addParticipant, { sessionId: session.id, name: 'asha', party: '' }),
    ).rejects.toThrow(/already on the list/);
    await expect(
      app.commands.run(addParticipant, { sessionId: session.id, name: ' ', party: '' }),
    ).rejects.toThrow(/name/);
    await app.commands.run(updateParticipant, {
      participantId: asha.id,
      name: 'Asha K',
      party: 'Residents’ association',
    });
    await app.commands.run(attributeCard, { cardId: cards[0]!.id, participantId: asha.id });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    await app.commands.run(removeParticipant, { participantId: asha.id });
    const card = (await app.db.cards.get(cards[0]!.id))!;
    expect(card.participantId).toBeNull();
    expect(card.votes).toBe(0);
    await app.commands.undo();
    expect((await app.db.participants.get(asha.id))!.name).toBe('Asha K');
    expect((await app.db.cards.get(cards[0]!.id))!.votes).toBe(1);
  });
});
