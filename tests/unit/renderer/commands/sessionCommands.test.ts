import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { createSession, deleteSession } from '#renderer/commands/sessionCommands';
import { TABLE_NAMES } from '#renderer/db/database';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('sessions', () => {
  it('creates a session with its proposition as the active one', async () => {
    const session = await app.commands.run(createSession, {
      title: '  Group A ',
      proposition: 'Social productivity',
    });
    expect(session.title).toBe('Group A');
    const proposition = await app.db.propositions.get(session.activePropositionId);
    expect(proposition).toMatchObject({ sessionId: session.id, text: 'Social productivity' });
  });

  it('asks for a title and a proposition', async () => {
    await expect(app.commands.run(createSession, { title: '', proposition: 'x' })).rejects.toThrow(
      'Give the session a title.',
    );
    await expect(app.commands.run(createSession, { title: 'x', proposition: ' ' })).rejects.toThrow(
      /Write the proposition/,
    );
    expect(await app.db.sessions.count()).toBe(0);
  });

  it('deletes a session with everything in it, undoably, without touching others', async () => {
    const keep = await buildSession(app, { title: 'keep', cards: 2 });
    const drop = await buildSession(app, { title: 'drop', cards: 3 });
    await app.commands.run(deleteSession, { sessionId: drop.session.id });
    expect(await app.db.sessions.toArray()).toHaveLength(1);
    expect(await app.db.cards.where('sessionId').equals(keep.session.id).count()).toBe(2);
    expect(await app.db.cards.where('sessionId').equals(drop.session.id).count()).toBe(0);
    await app.commands.undo();
    expect(await app.db.cards.where('sessionId').equals(drop.session.id).count()).toBe(3);
  });

  it('leaves no row of the deleted session in any table, and undo restores every one', async () => {
    const { session } = await buildSession(app, { cards: 4 });
    const owned = async () => {
      let n = 0;
      for (const table of TABLE_NAMES)
        n += await app.db
          .table(table)
          .filter((row: { sessionId?: string }) => row.sessionId === session.id)
          .count();
      return n;
    };
    const before = await owned();
    // The session's own row, its proposition, its cards and the stage plan it starts with, at least.
    expect(before).toBeGreaterThanOrEqual(1 + 4 + 1);
    await app.commands.run(deleteSession, { sessionId: session.id });
    expect(await owned()).toBe(0);
    await app.commands.undo();
    expect(await owned()).toBe(before);
  });
});
