import { describe, expect, it, vi } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { groupCards } from '#renderer/features/board/commands/groupCommands';
import {
  deleteSelectedCards,
  moveSelectedCards,
} from '#renderer/features/board/commands/selectionCommands';

import { texts } from './boardFixtures';

async function setup() {
  const app = createTestApp();
  const { session, cards } = await buildSession(app, { cards: 4 });
  return { app, session, cards, ids: cards.map((c) => c.id) };
}

describe('actions on selected cards are one command in one transaction', () => {
  it('deletes the selection in one transaction, undone in one step', async () => {
    const { app, session, ids } = await setup();
    const transaction = vi.spyOn(app.db, 'transaction');
    expect(await app.commands.run(deleteSelectedCards, { cardIds: ids.slice(0, 3) })).toBe(3);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 4']);
    expect(await app.commands.undo()).toBe('Delete selected cards');
    expect(await texts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
      'Point 4',
    ]);
  });

  it('deletes nothing when one delete fails half-way, and leaves no undo entry', async () => {
    const { app, ids } = await setup();
    const third = ids[2];
    app.db.cards.hook('deleting', (key) => {
      if (key === third) throw new Error('the disk gave out');
    });
    await expect(app.commands.run(deleteSelectedCards, { cardIds: ids })).rejects.toThrow();
    expect(await app.db.cards.count()).toBe(4);
    expect(app.commands.history.peekUndo()?.label).not.toBe('Delete selected cards');
  });

  it('moves the selection to another lane in order, undone in one step', async () => {
    const { app, session, ids } = await setup();
    const transaction = vi.spyOn(app.db, 'transaction');
    await app.commands.run(moveSelectedCards, { cardIds: [ids[3]!, ids[1]!], lane: 'questions' });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await texts(app, session.id, 'questions')).toEqual(['Point 4', 'Point 2']);
    expect(await app.commands.undo()).toBe('Move selected cards');
    expect(await texts(app, session.id, 'questions')).toEqual([]);
    expect(await texts(app, session.id, 'legitimacy')).toHaveLength(4);
  });

  it('groups the selection in one transaction, undone in one step', async () => {
    const { app, ids } = await setup();
    const transaction = vi.spyOn(app.db, 'transaction');
    await app.commands.run(groupCards, { targetCardId: ids[0]!, cardIds: ids.slice(1, 3) });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await app.db.groups.count()).toBe(1);
    await app.commands.undo();
    expect(await app.db.groups.count()).toBe(0);
    expect((await app.db.cards.toArray()).every((c) => !c.groupId)).toBe(true);
  });

  it('refuses an empty selection with a message', async () => {
    const { app } = await setup();
    await expect(app.commands.run(deleteSelectedCards, { cardIds: [] })).rejects.toThrow(
      /Select some cards/,
    );
  });
});
