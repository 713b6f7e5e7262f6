import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { restoreSnapshot, takeSnapshot } from '#renderer/commands/snapshotCommands';
import { SNAPSHOT_KEEP, type SnapshotRecord } from '#shared/recovery/snapshot';

const FAR_FUTURE = Date.UTC(2099, 0, 1);

/** A row as a hostile file or a clock far ahead could have left it (no insertion number). */
function planted(i: number, json = '{}'): SnapshotRecord {
  return {
    id: `planted-${i}`,
    takenAt: FAR_FUTURE + i,
    reason: 'auto',
    counts: {},
    fingerprint: `f${i}`,
    bytes: json.length,
    json,
  };
}

async function changeAndSnapshot(
  app: ReturnType<typeof createTestApp>,
  sessionId: string,
  i: number,
) {
  await app.commands.run(addCard, {
    sessionId: sessionId as never,
    lane: 'legitimacy',
    text: `P${i}`,
  });
  return (await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }))!;
}

describe('recovery that nothing can evict', () => {
  it('prunes by insertion order: rows dated in the future never push real snapshots out', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    await app.db.snapshots.bulkPut(Array.from({ length: SNAPSHOT_KEEP }, (_, i) => planted(i)));
    const real: string[] = [];
    for (let i = 0; i < 3; i++) real.push((await changeAndSnapshot(app, session.id, i)).id);
    const kept = await app.db.snapshots.toCollection().primaryKeys();
    for (const id of real) expect(kept).toContain(id);
    expect(kept).toHaveLength(SNAPSHOT_KEEP);
  });

  it('keeps the newest when the clock is set back, and stamps snapshots no later than now', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    for (let i = 0; i < SNAPSHOT_KEEP; i++) {
      app.clock.advance(60_000);
      await changeAndSnapshot(app, session.id, i);
    }
    app.clock.advance(-24 * 3600_000);
    const afterReset = await changeAndSnapshot(app, session.id, 99);
    expect(afterReset.takenAt).toBe(app.clock.now());
    expect(await app.db.snapshots.get(afterReset.id)).toBeDefined();
  });

  it('compares "unchanged" with the snapshot inserted last, not the one dated latest', async () => {
    const app = createTestApp();
    await buildSession(app);
    await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true });
    await app.db.snapshots.put(planted(1));
    expect(
      await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }),
    ).toBeNull();
  });

  it('never prunes the safety snapshot a restore takes, whatever else the list holds', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: 1 });
    const chosen = (await app.commands.run(takeSnapshot, {
      reason: 'manual',
      onlyIfChanged: false,
    }))!;
    await app.db.snapshots.bulkPut(Array.from({ length: SNAPSHOT_KEEP }, (_, i) => planted(i)));
    await changeAndSnapshot(app, session.id, 1);
    const { safetySnapshot } = await app.commands.run(restoreSnapshot, { snapshotId: chosen.id });
    expect(await app.db.snapshots.get(safetySnapshot.id)).toBeDefined();
    expect(await app.db.snapshots.get(chosen.id)).toBeDefined();
  });
});

describe('restoring validates the snapshot like an import', () => {
  async function refusedRestore(
    change: (tables: Record<string, Record<string, unknown>[]>) => void,
  ) {
    const app = createTestApp();
    await buildSession(app, { cards: 2 });
    const good = (await app.commands.run(takeSnapshot, {
      reason: 'manual',
      onlyIfChanged: false,
    }))!;
    const tables = JSON.parse(good.json);
    change(tables);
    const json = JSON.stringify(tables);
    await app.db.snapshots.put({ ...good, id: 'changed', json });
    const cards = await app.db.cards.toArray();
    await expect(app.commands.run(restoreSnapshot, { snapshotId: 'changed' })).rejects.toThrow(
      /That snapshot is damaged \(.+\) and cannot be restored\. Nothing was changed\./,
    );
    expect(await app.db.cards.toArray()).toEqual(cards);
    expect(await app.db.snapshots.count()).toBe(2);
  }

  it('refuses a row of the wrong type', () => refusedRestore((t) => (t.cards![0]!.text = 42)));
  it('refuses an id the routes cannot open', () =>
    refusedRestore((t) => (t.sessions![0]!.id = 'not a route id')));
  it('refuses rows of a session the snapshot does not hold', () =>
    refusedRestore((t) => (t.cards![0]!.sessionId = 'elsewhere')));
  it('refuses a table the app does not have, or snapshots inside a snapshot', async () => {
    await refusedRestore((t) => (t.evil = [{ id: 'x' }]));
    await refusedRestore((t) => (t.snapshots = []));
  });
});
