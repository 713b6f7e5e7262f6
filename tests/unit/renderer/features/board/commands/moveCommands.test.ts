import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { moveCard, sortLaneByVotes } from '#renderer/features/board/commands/moveCommands';
import { setTally } from '#renderer/features/board/commands/voteCommands';

import { lane, texts } from './boardFixtures';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('moving cards', () => {
  it('moves a card up within its lane, and undo puts it back', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    await app.commands.run(moveCard, {
      cardId: cards[2]!.id,
      lane: 'legitimacy',
      beforeCardId: cards[0]!.id,
    });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 3', 'Point 1', 'Point 2']);
    expect(await app.commands.undo()).toBe('Move card');
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2', 'Point 3']);
    await app.commands.redo();
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 3', 'Point 1', 'Point 2']);
  });

  it('moves a card to the end of another lane', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'practicability',
      text: 'already here',
    });
    await app.commands.run(moveCard, {
      cardId: cards[0]!.id,
      lane: 'practicability',
      beforeCardId: null,
    });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 2']);
    expect(await texts(app, session.id, 'practicability')).toEqual(['already here', 'Point 1']);
  });

  it('writes only the moved card while gaps last', async () => {
    const { session, cards } = await buildSession(app, { cards: 5 });
    await app.commands.run(moveCard, {
      cardId: cards[4]!.id,
      lane: 'legitimacy',
      beforeCardId: cards[1]!.id,
    });
    expect(app.commands.history.peekUndo()!.diffs.filter((d) => d.table === 'cards')).toHaveLength(
      1,
    );
    expect(await texts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 5',
      'Point 2',
      'Point 3',
      'Point 4',
    ]);
  });

  it('keeps the order right when the same gap is split sixty times (the lane is renumbered)', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    // Alternately move the last card in front of the second: each move halves the same gap.
    for (let i = 0; i < 60; i++) {
      const current = await lane(app, session.id, 'legitimacy');
      await app.commands.run(moveCard, {
        cardId: current[2]!.id,
        lane: 'legitimacy',
        beforeCardId: current[1]!.id,
      });
    }
    const orders = (await lane(app, session.id, 'legitimacy')).map((c) => c.order);
    expect(new Set(orders).size).toBe(3);
    expect(await texts(app, session.id, 'legitimacy')).toHaveLength(3);
    expect(cards).toHaveLength(3);
  });

  it('refuses a drop next to a card that has gone', async () => {
    const { cards } = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(moveCard, {
        cardId: cards[0]!.id,
        lane: 'legitimacy',
        beforeCardId: 'gone' as never,
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('sorting a lane by votes', () => {
  it('puts the most voted first, keeps ties in order, and undoes as one step', async () => {
    const { session, cards } = await buildSession(app, { cards: 4 });
    await app.commands.run(setTally, { cardId: cards[2]!.id, tally: 5 });
    await app.commands.run(setTally, { cardId: cards[3]!.id, tally: 2 });
    await app.commands.run(sortLaneByVotes, { sessionId: session.id, lane: 'legitimacy' });
    expect(await texts(app, session.id, 'legitimacy')).toEqual([
      'Point 3',
      'Point 4',
      'Point 1',
      'Point 2',
    ]);
    expect(await app.commands.undo()).toBe('Sort lane by votes');
    expect(await texts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
      'Point 4',
    ]);
  });
});

describe('dropping on the lower half of a card', () => {
  it('lands the card just after it', async () => {
    const { session, cards } = await buildSession(app, { cards: 3 });
    await app.commands.run(moveCard, {
      cardId: cards[0]!.id,
      lane: 'legitimacy',
      beforeCardId: null,
      afterCardId: cards[1]!.id,
    });
    expect(await texts(app, session.id, 'legitimacy')).toEqual(['Point 2', 'Point 1', 'Point 3']);
  });
});
