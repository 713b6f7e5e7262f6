import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import {
  groupCards,
  renameGroup,
  setGroupCollapsed,
  ungroupCards,
} from '#renderer/features/board/commands/groupCommands';
import { moveCard } from '#renderer/features/board/commands/moveCommands';

import { lane, texts } from './boardFixtures';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('groups', () => {
  it('dropping a card on another makes a named group with both, next to each other', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[2]!.id],
    });
    expect(group.name).toBe('New group');
    const rows = await lane(app, session.id, 'legitimacy');
    expect(rows.map((c) => [c.text, c.groupId ?? null])).toEqual([
      ['Point 1', group.id],
      ['Point 3', group.id],
      ['Point 2', null],
    ]);
    expect(await app.commands.undo()).toBe('Group cards');
    expect(await app.db.groups.count()).toBe(0);
    expect((await lane(app, session.id, 'legitimacy')).every((c) => !c.groupId)).toBe(true);
  });

  it('brings a card from another lane into the target’s lane and group', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    const other = await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'accountability',
      text: 'elsewhere',
    });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[1]!.id],
    });
    await app.commands.run(groupCards, { targetCardId: cards[1]!.id, cardIds: [other.id] });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'elsewhere']);
    expect((await app.db.cards.get(other.id))!.groupId).toBe(group.id);
  });

  it('refuses to group a card on its own', async () => {
    const { cards } = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(groupCards, { targetCardId: cards[0]!.id, cardIds: [cards[0]!.id] }),
    ).rejects.toThrow(/at least two/);
  });

  it('renames, refuses an empty name, and undoes the rename', async () => {
    const { cards } = await buildSession(app, { cards: 2 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[1]!.id],
    });
    await app.commands.run(renameGroup, { groupId: group.id, name: 'Consent' });
    await expect(app.commands.run(renameGroup, { groupId: group.id, name: '  ' })).rejects.toThrow(
      /name/,
    );
    expect((await app.db.groups.get(group.id))!.name).toBe('Consent');
    await app.commands.undo();
    expect((await app.db.groups.get(group.id))!.name).toBe('New group');
  });

  it('collapses without entering the undo history', async () => {
    const { cards } = await buildSession(app, { cards: 2 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[1]!.id],
    });
    await app.commands.run(setGroupCollapsed, { groupId: group.id, collapsed: true });
    expect((await app.db.groups.get(group.id))!.collapsed).toBe(true);
    expect(app.commands.history.peekUndo()!.label).toBe('Group cards');
  });

  it('ungroups, leaving the cards where they were, and undo regroups them', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[1]!.id,
      cardIds: [cards[2]!.id],
    });
    await app.commands.run(ungroupCards, { groupId: group.id });
    expect(await app.db.groups.count()).toBe(0);
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'Point 3']);
    await app.commands.undo();
    expect((await app.db.cards.get(cards[2]!.id))!.groupId).toBe(group.id);
    expect(await app.db.groups.get(group.id)).toBeDefined();
  });

  it('a card moved between two members joins their group; moving every card out removes the group', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    const group = await app.commands.run(groupCards, {
      targetCardId: cards[0]!.id,
      cardIds: [cards[1]!.id],
    });
    await app.commands.run(moveCard, {
      cardId: cards[2]!.id,
      lane: 'legitimacy',
      beforeCardId: cards[1]!.id,
    });
    expect((await app.db.cards.get(cards[2]!.id))!.groupId).toBe(group.id);
    for (const card of cards)
      await app.commands.run(moveCard, {
        cardId: card.id,
        lane: 'practicability',
        beforeCardId: null,
      });
    expect(await app.db.groups.count()).toBe(0);
    expect(await texts(app, session.id, 'practicability')).toHaveLength(3);
  });
});
