import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import {
  attributeCard,
  deleteBoardCard,
  setCardKind,
  setConclusionLinks,
  setSurprising,
} from '#renderer/features/board/commands/cardDetailCommands';
import { groupCards } from '#renderer/features/board/commands/groupCommands';
import { addParticipant } from '#renderer/features/board/commands/participantCommands';
import { castDot } from '#renderer/features/board/commands/voteCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('card kinds and attribution', () => {
  it('changes a card’s kind and undoes it', async () => {
    const { cards } = await buildSession(app, { cards: 1 });
    await app.commands.run(setCardKind, { cardId: cards[0]!.id, kind: 'evidence' });
    expect((await app.db.cards.get(cards[0]!.id))!.kind).toBe('evidence');
    await app.commands.undo();
    expect((await app.db.cards.get(cards[0]!.id))!.kind).toBe('point');
  });

  it('refuses a kind that does not exist', async () => {
    const { cards } = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(setCardKind, { cardId: cards[0]!.id, kind: 'rant' as never }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('attributes a card to a participant of the session, and not to a stranger', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    const other = await buildSession(app, { title: 'Other' });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: 'Residents',
    });
    const stranger = await app.commands.run(addParticipant, {
      sessionId: other.session.id,
      name: 'Bo',
      party: '',
    });
    await app.commands.run(attributeCard, { cardId: cards[0]!.id, participantId: asha.id });
    expect((await app.db.cards.get(cards[0]!.id))!.participantId).toBe(asha.id);
    await expect(
      app.commands.run(attributeCard, { cardId: cards[0]!.id, participantId: stranger.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await app.commands.undo();
    expect((await app.db.cards.get(cards[0]!.id))!.participantId ?? null).toBeNull();
  });
});

describe('conclusions', () => {
  it('link to the cards they draw on, can be flagged surprising, and both undo', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    const conclusion = await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'conclusions',
      text: 'Outcomes are negotiated',
    });
    await app.commands.run(setConclusionLinks, {
      conclusionId: conclusion.id,
      cardIds: [cards[0]!.id, cards[1]!.id, cards[0]!.id],
    });
    expect((await app.db.cards.get(conclusion.id))!.drawsOn).toEqual([cards[0]!.id, cards[1]!.id]);
    await app.commands.run(setSurprising, { cardId: conclusion.id, surprising: true });
    expect((await app.db.cards.get(conclusion.id))!.surprising).toBe(true);
    await app.commands.undo();
    await app.commands.undo();
    const restored = (await app.db.cards.get(conclusion.id))!;
    expect(restored.drawsOn).toBeUndefined();
    expect(restored.surprising).toBeUndefined();
  });

  it('only conclusions can be linked or flagged', async () => {
    const { cards } = await buildSession(app, { cards: 2 });
    await expect(
      app.commands.run(setConclusionLinks, { conclusionId: cards[0]!.id, cardIds: [cards[1]!.id] }),
    ).rejects.toThrow(/Only a conclusion/);
    await expect(
      app.commands.run(setSurprising, { cardId: cards[0]!.id, surprising: true }),
    ).rejects.toThrow(/Only conclusions/);
  });
});

describe('deleting a card from the board', () => {
  it('gives its dots back, drops it from conclusions and from an emptied group, and one undo restores all', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    const asha = await app.commands.run(addParticipant, {
      sessionId: session.id,
      name: 'Asha',
      party: '',
    });
    await app.commands.run(castDot, { cardId: cards[0]!.id, participantId: asha.id, delta: 1 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[1]!.id],
    });
    const conclusion = await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'conclusions',
      text: 'C',
    });
    await app.commands.run(setConclusionLinks, {
      conclusionId: conclusion.id,
      cardIds: [cards[0]!.id],
    });

    await app.commands.run(deleteBoardCard, { cardId: cards[1]!.id });
    expect(await app.db.groups.get(group.id)).toBeDefined();
    await app.commands.run(deleteBoardCard, { cardId: cards[0]!.id });
    expect(await app.db.dots.count()).toBe(0);
    expect(await app.db.groups.count()).toBe(0);
    expect((await app.db.cards.get(conclusion.id))!.drawsOn).toEqual([]);

    await app.commands.undo();
    expect(await app.db.dots.count()).toBe(1);
    expect(await app.db.groups.get(group.id)).toBeDefined();
    expect((await app.db.cards.get(conclusion.id))!.drawsOn).toEqual([cards[0]!.id]);
  });
});
