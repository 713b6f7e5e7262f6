import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import { CommandRunner } from '#renderer/commands/commandRunner';
import { ParleyDb } from '#renderer/db/database';
import { laneCardsQuery } from '#renderer/db/queries';
import { moveCard } from '#renderer/features/board/commands/moveCommands';
import type { PropositionId } from '#shared/domain/ids';

describe('schema v2 for the board', () => {
  it('opens a v1 database with its cards intact, adds the board tables, and v1 cards can be moved and grouped', async () => {
    const name = `parley-v1-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      workshops: 'id, updatedAt',
      sessions: 'id, workshopId, updatedAt',
      propositions: 'id, sessionId',
      cards: 'id, sessionId, [propositionId+lane+order]',
      settings: 'key',
    });
    await v1.open();
    await v1.table('sessions').put({
      id: 's1',
      workshopId: null,
      title: 'Old',
      activePropositionId: 'p1',
      createdAt: 1,
      updatedAt: 1,
    });
    await v1
      .table('propositions')
      .put({ id: 'p1', sessionId: 's1', text: 'P', order: 0, createdAt: 1 });
    for (const [id, order] of [
      ['c1', 1],
      ['c2', 2],
    ] as const) {
      await v1.table('cards').put({
        id,
        sessionId: 's1',
        propositionId: 'p1',
        lane: 'legitimacy',
        text: id,
        kind: 'point',
        order,
        createdAt: 1,
        updatedAt: 1,
      });
    }
    v1.close();

    const db = new ParleyDb(name);
    await db.open();
    // At least v2: later versions (v3, the room) build on it.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.cards.count()).toBe(2);
    expect(await db.groups.count()).toBe(0);
    const commands = new CommandRunner(db, () => 5);
    await commands.run(moveCard, {
      cardId: 'c2' as never,
      lane: 'legitimacy',
      beforeCardId: 'c1' as never,
    });
    const order = await laneCardsQuery(db, 'p1' as PropositionId, 'legitimacy').primaryKeys();
    expect(order).toEqual(['c2', 'c1']);
    db.close();
  });
});
