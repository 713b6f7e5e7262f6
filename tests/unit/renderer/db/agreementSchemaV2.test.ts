import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import { ParleyDb } from '#renderer/db/database';

describe('opening a v1 database with the agreement tables of v2', () => {
  it('keeps every v1 row and starts with no drafts or versions', async () => {
    const name = `parley-v1-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({
      workshops: 'id, updatedAt',
      sessions: 'id, workshopId, updatedAt',
      propositions: 'id, sessionId',
      cards: 'id, sessionId, [propositionId+lane+order]',
      settings: 'key',
    });
    await old.table('sessions').put({
      id: 's1',
      workshopId: null,
      title: 'Old',
      activePropositionId: 'p1',
      createdAt: 1,
      updatedAt: 1,
    });
    await old.table('cards').put({
      id: 'c1',
      sessionId: 's1',
      propositionId: 'p1',
      lane: 'conclusions',
      text: 'kept',
      kind: 'point',
      order: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    old.close();

    const db = new ParleyDb(name);
    expect((await db.cards.get('c1' as never))?.text).toBe('kept');
    expect(await db.agreements.count()).toBe(0);
    expect(await db.agreementVersions.count()).toBe(0);
    db.close();
  });
});
