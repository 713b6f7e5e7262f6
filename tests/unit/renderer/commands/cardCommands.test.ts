import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, laneTexts, type TestApp } from '#fixtures/builders';
import { addCard, deleteCard, editCard } from '#renderer/commands/cardCommands';
import { CommandError } from '#renderer/commands/commandError';
import { LAST_EDITED_GRAIN_MS } from '#renderer/commands/rowGuards';
import { laneCardsQuery } from '#renderer/db/queries';
import type { CardId } from '#shared/domain/ids';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('adding cards', () => {
  it('adds cards to the end of their lane, in the order typed', async () => {
    const { session } = await buildSession(app);
    for (const text of ['first', 'second', 'third'])
      await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['first', 'second', 'third']);
    expect(await laneTexts(app, session.id, 'practicability')).toEqual([]);
  });

  it('stores the text literally, markup and all', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'questions',
      text: '<img src=x onerror=alert(1)> & <b>',
    });
    expect(await laneTexts(app, session.id, 'questions')).toEqual([
      '<img src=x onerror=alert(1)> & <b>',
    ]);
  });

  it('refuses an empty card and an over-long one, and writes nothing', async () => {
    const { session } = await buildSession(app);
    await expect(
      app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text: '   ' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      app.commands.run(addCard, {
        sessionId: session.id,
        lane: 'legitimacy',
        text: 'x'.repeat(2001),
      }),
    ).rejects.toThrow(/limit is 2,000/);
    expect(await app.db.cards.count()).toBe(0);
  });

  it('refuses a card for a session that does not exist', async () => {
    await expect(
      app.commands.run(addCard, { sessionId: 'nope' as never, lane: 'legitimacy', text: 'x' }),
    ).rejects.toBeInstanceOf(CommandError);
  });

  it('moves the session to the top of "last edited"', async () => {
    const { session } = await buildSession(app);
    app.clock.advance(60_000);
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'conclusions',
      text: 'Outcomes are negotiated',
    });
    expect((await app.db.sessions.get(session.id))!.updatedAt).toBe(session.updatedAt + 60_000);
  });

  it('leaves the session row alone while it is already the last edited, within the grain', async () => {
    const { session } = await buildSession(app);
    const add = (text: string) =>
      app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text });
    app.clock.advance(LAST_EDITED_GRAIN_MS);
    await add('First');
    const touched = (await app.db.sessions.get(session.id))!;
    expect(touched.updatedAt).toBe(session.updatedAt + LAST_EDITED_GRAIN_MS);
    // Views that read the session row are not sent to read it again for every card.
    let writes = 0;
    app.db.sessions.hook('updating', () => void writes++);
    app.db.sessions.hook('creating', () => void writes++);
    app.clock.advance(LAST_EDITED_GRAIN_MS - 1);
    await add('Second');
    expect(writes).toBe(0);
    expect((await app.db.sessions.get(session.id))!).toEqual(touched);
    app.clock.advance(1);
    await add('Third');
    expect((await app.db.sessions.get(session.id))!.updatedAt).toBe(
      touched.updatedAt + LAST_EDITED_GRAIN_MS,
    );
  });

  it('still moves a session that is not the last edited to the top at once', async () => {
    const a = await buildSession(app, { title: 'A' });
    app.clock.advance(1_000);
    const b = await buildSession(app, { title: 'B' });
    app.clock.advance(1_000);
    await app.commands.run(addCard, { sessionId: a.session.id, lane: 'conclusions', text: 'x' });
    const [top] = await app.db.sessions.orderBy('updatedAt').reverse().limit(1).primaryKeys();
    expect(top).toBe(a.session.id);
    expect(b.session.id).not.toBe(a.session.id);
  });
});

describe('adding a card on the lane’s word (the order of the last card it shows)', () => {
  async function lane() {
    const built = await buildSession(app, { cards: 2 });
    const propositionId = built.session.activePropositionId;
    const add = (text: string, lastOrder: number, shown = propositionId) =>
      app.commands.run(addCard, {
        sessionId: built.session.id,
        propositionId: shown,
        lastOrder,
        lane: 'legitimacy',
        text,
      });
    return { ...built, propositionId, add };
  }

  it('writes the card after the last one the lane showed', async () => {
    const { session, cards, add } = await lane();
    const card = await add('Third', cards[1]!.order);
    expect(card.order).toBe(cards[1]!.order + 1);
    expect(await app.db.cards.get(card.id)).toEqual(card);
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'Third']);
  });

  it('puts the card after a card that reached the lane since it was drawn (a phone’s)', async () => {
    const { session, cards, add } = await lane();
    // The lane still showed two cards when Enter was pressed: its word is out of date.
    const card = await add('Typed', cards[0]!.order);
    expect(card.order).toBe(cards[1]!.order + 1);
    expect(await app.db.cards.get(card.id)).toEqual(card);
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'Typed']);
    // Written twice in its transaction, it is still one step, and undo leaves no trace of it.
    expect(app.commands.history.peekUndo()!.diffs).toEqual([
      { table: 'cards', key: card.id, before: undefined, after: card },
    ]);
    await app.commands.undo();
    expect(await app.db.cards.get(card.id)).toBeUndefined();
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2']);
  });

  it('takes the session’s active proposition over the one the lane showed', async () => {
    const { session, propositionId, add } = await lane();
    const other = { ...(await app.db.propositions.get(propositionId))!, id: 'p-other' };
    await app.db.propositions.put(other as never);
    await app.db.sessions.update(session.id, { activePropositionId: other.id as never });
    const card = await add('For the other one', 2, propositionId);
    expect(card).toMatchObject({ propositionId: other.id, order: 1 });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['For the other one']);
    const stale = await laneCardsQuery(app.db, propositionId, 'legitimacy').toArray();
    expect(stale.map((c) => c.text)).toEqual(['Point 1', 'Point 2']);
  });

  it('adds to a session that is not the last edited, and moves it to the top', async () => {
    const { session, cards, add } = await lane();
    app.clock.advance(1_000);
    const other = await buildSession(app, { title: 'Edited since' });
    app.clock.advance(1_000);
    const card = await add('Back to the first', cards[1]!.order);
    expect(card.order).toBe(cards[1]!.order + 1);
    const [top] = await app.db.sessions.orderBy('updatedAt').reverse().primaryKeys();
    expect(top).toBe(session.id);
    expect(other.session.id).not.toBe(session.id);
  });

  it('writes nothing when the session is gone, guessed card included', async () => {
    const { session, cards, add } = await lane();
    await app.db.sessions.delete(session.id);
    await expect(add('Too late', cards[1]!.order)).rejects.toMatchObject({ code: 'not-found' });
    expect(await app.db.cards.count()).toBe(2);
  });
});

describe('two sessions', () => {
  it('never see each other’s cards', async () => {
    const a = await buildSession(app, { title: 'A', cards: 3 });
    const b = await buildSession(app, { title: 'B' });
    expect(await laneTexts(app, b.session.id, 'legitimacy')).toEqual([]);
    await app.commands.run(addCard, {
      sessionId: b.session.id,
      lane: 'legitimacy',
      text: 'only in B',
    });
    expect(await laneTexts(app, a.session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
    ]);
    expect(await laneTexts(app, b.session.id, 'legitimacy')).toEqual(['only in B']);
  });
});

describe('editing and deleting', () => {
  it('edits a card in place and keeps its position', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    await app.commands.run(editCard, { cardId: cards[1]!.id, text: 'Point two, reworded' });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point two, reworded',
      'Point 3',
    ]);
  });

  it('refuses an edit that empties a card and keeps the old text', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(editCard, { cardId: cards[0]!.id, text: '' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1']);
  });

  it('reports a card that is already gone', async () => {
    await expect(app.commands.run(deleteCard, { cardId: 'gone' as CardId })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('deletes a card, and undo brings it back where it was', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    await app.commands.run(deleteCard, { cardId: cards[1]!.id });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 3']);
    expect(await app.commands.undo()).toBe('Delete card');
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
    ]);
    expect(await app.commands.redo()).toBe('Delete card');
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 3']);
  });

  it('undoes an edit and an add, newest first, and a new command clears redo', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    await app.commands.run(editCard, { cardId: cards[0]!.id, text: 'edited' });
    await app.commands.undo();
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1']);
    await app.commands.undo();
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual([]);
    expect(await app.commands.undo()).toBeNull();
    await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text: 'fresh' });
    expect(await app.commands.redo()).toBeNull();
  });
});

describe('a failing write', () => {
  it('surfaces a storage error in words and leaves saved cards intact', async () => {
    const { session } = await buildSession(app, { cards: 2 });
    // Simulate a full disk: every write to cards fails inside the transaction.
    app.db.cards.hook('creating', () => {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    });
    const attempt = app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'legitimacy',
      text: 'will not fit',
    });
    await expect(attempt).rejects.toMatchObject({ code: 'storage' });
    await expect(attempt).rejects.toThrow(/out of storage space/);
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2']);
  });
});
