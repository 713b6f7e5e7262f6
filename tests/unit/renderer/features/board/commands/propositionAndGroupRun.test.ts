import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { CommandError } from '#renderer/commands/commandError';
import { deleteBoardCard } from '#renderer/features/board/commands/cardDetailCommands';
import {
  addProposition,
  switchProposition,
} from '#renderer/features/board/commands/propositionCommands';

import { texts } from './boardFixtures';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('several propositions', () => {
  it('each proposition has its own cards, and switching is not an undo step', async () => {
    const { session } = await buildSession(app, { cards: 2 });
    const first = session.activePropositionId;
    const second = await app.commands.run(addProposition, {
      sessionId: session.id,
      text: 'Outcomes should be negotiated',
    });
    expect((await app.db.sessions.get(session.id))!.activePropositionId).toBe(second.id);
    expect(await texts(app, session.id, 'legitimacy')).toEqual([]);
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'legitimacy',
      text: 'on the second',
    });
    await app.commands.run(switchProposition, { sessionId: session.id, propositionId: first });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2']);
    expect(app.commands.history.peekUndo()!.label).toBe('Add card');
  });

  it('refuses an empty proposition and a switch to another session’s', async () => {
    const { session } = await buildSession(app);
    const other = await buildSession(app, { title: 'Other' });
    await expect(
      app.commands.run(addProposition, { sessionId: session.id, text: '' }),
    ).rejects.toThrow(/Write the proposition/);
    await expect(
      app.commands.run(switchProposition, {
        sessionId: session.id,
        propositionId: other.session.activePropositionId,
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('undoing an added proposition switches back to the one before', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(addProposition, { sessionId: session.id, text: 'Second' });
    await app.commands.undo();
    expect((await app.db.sessions.get(session.id))!.activePropositionId).toBe(
      session.activePropositionId,
    );
    expect(await app.db.propositions.count()).toBe(1);
  });
});

describe('runGroup: one user action, one undo step', () => {
  it('undoes several commands run together in one step', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    await app.commands.runGroup('Delete 2 cards', async () => {
      await app.commands.run(deleteBoardCard, { cardId: cards[0]!.id });
      await app.commands.run(deleteBoardCard, { cardId: cards[2]!.id });
    });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 2']);
    expect(await app.commands.undo()).toBe('Delete 2 cards');
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'Point 3']);
    expect(await app.commands.redo()).toBe('Delete 2 cards');
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 2']);
  });

  it('rolls back the commands already done when a later one fails, and records nothing', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    const before = app.commands.history.getVersion();
    const attempt = app.commands.runGroup('Delete cards', async () => {
      await app.commands.run(deleteBoardCard, { cardId: cards[0]!.id });
      await app.commands.run(deleteBoardCard, { cardId: 'gone' as never });
    });
    await expect(attempt).rejects.toBeInstanceOf(CommandError);
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2']);
    expect(app.commands.history.getVersion()).toBe(before);
    expect(app.commands.history.peekUndo()!.label).toBe('Add card');
  });
});
