import { describe, expect, it, vi } from 'vitest';

import { buildSession, createTestApp, laneTexts } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { restoreSnapshot, takeSnapshot } from '#renderer/commands/snapshotCommands';
import { SNAPSHOT_TABLES } from '#renderer/commands/snapshotTables';
import { TABLE_NAMES } from '#renderer/db/database';
import { SnapshotScheduler } from '#renderer/features/recovery/snapshotScheduler';
import { ok } from '#shared/ipc/result';
import {
  parseSnapshotTables,
  SNAPSHOT_FILE_PATTERN,
  SNAPSHOT_INTERVAL_MS,
  SNAPSHOT_KEEP,
  snapshotFileName,
} from '#shared/recovery/snapshot';

describe('recovery snapshots', () => {
  it('hold every table except the snapshots themselves, so tables added later are included', () => {
    expect(SNAPSHOT_TABLES).toEqual(TABLE_NAMES.filter((t) => t !== 'snapshots'));
    // The room's pending points too: a restore keeps what phones sent that is not on the board.
    expect(SNAPSHOT_TABLES).toContain('roomPoints');
    expect(SNAPSHOT_TABLES).toContain('cards');
  });

  it('record the rows and counts of every table', async () => {
    const app = createTestApp();
    await buildSession(app, { cards: 3 });
    const snap = await app.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    expect(snap!.counts).toMatchObject({ sessions: 1, propositions: 1, cards: 3 });
    const tables = parseSnapshotTables(snap!.json);
    expect(Object.keys(tables).sort()).toEqual([...SNAPSHOT_TABLES].sort());
    expect((tables.cards as { text: string }[]).map((c) => c.text).sort()).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
    ]);
  });

  it('are skipped when nothing changed since the last one, and taken again after a change', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: 1 });
    expect(
      await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }),
    ).not.toBeNull();
    expect(
      await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }),
    ).toBeNull();
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'legitimacy',
      text: 'A new point',
    });
    expect(
      await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }),
    ).not.toBeNull();
    expect(await app.db.snapshots.count()).toBe(2);
  });

  it('keep only the newest ten', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    const ids: string[] = [];
    for (let i = 0; i < SNAPSHOT_KEEP + 3; i++) {
      app.clock.advance(SNAPSHOT_INTERVAL_MS);
      await app.commands.run(addCard, {
        sessionId: session.id,
        lane: 'legitimacy',
        text: `Point ${i}`,
      });
      ids.push((await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true }))!.id);
    }
    const kept = await app.db.snapshots.orderBy('takenAt').primaryKeys();
    expect(kept).toEqual(ids.slice(3));
  });

  it('restore replaces everything after first saving the current state, so the restore can itself be undone', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: 2 });
    const early = await app.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    app.clock.advance(60_000);
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'legitimacy',
      text: 'Added after the snapshot',
    });

    const { safetySnapshot } = await app.commands.run(restoreSnapshot, { snapshotId: early!.id });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual(['Point 1', 'Point 2']);
    expect(safetySnapshot.reason).toBe('before-restore');
    expect(safetySnapshot.counts.cards).toBe(3);

    await app.commands.run(restoreSnapshot, { snapshotId: safetySnapshot.id });
    expect(await laneTexts(app, session.id, 'legitimacy')).toEqual([
      'Point 1',
      'Point 2',
      'Added after the snapshot',
    ]);
  });

  it('restore keeps the snapshot it restored even when the list is full', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    const first = await app.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    for (let i = 1; i < SNAPSHOT_KEEP; i++) {
      app.clock.advance(1000);
      await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text: `P${i}` });
      await app.commands.run(takeSnapshot, { reason: 'auto', onlyIfChanged: true });
    }
    app.clock.advance(1000);
    await app.commands.run(restoreSnapshot, { snapshotId: first!.id });
    expect(await app.db.snapshots.get(first!.id)).toBeDefined();
    expect(await app.db.snapshots.count()).toBe(SNAPSHOT_KEEP);
  });

  it('restore of a damaged snapshot says so and changes nothing', async () => {
    const app = createTestApp();
    await buildSession(app, { cards: 2 });
    await app.db.snapshots.put({
      id: 'bad',
      takenAt: 1,
      reason: 'auto',
      counts: {},
      fingerprint: 'x',
      bytes: 3,
      json: '[1,',
    });
    await expect(app.commands.run(restoreSnapshot, { snapshotId: 'bad' })).rejects.toThrow(
      /damaged/,
    );
    expect(await app.db.cards.count()).toBe(2);
    expect(await app.db.snapshots.count()).toBe(1);
  });

  it('file names sort by time and match the pattern main accepts', () => {
    const a = snapshotFileName(Date.UTC(2026, 0, 2, 3, 4, 5, 6), 'abc-1');
    const b = snapshotFileName(Date.UTC(2026, 0, 2, 3, 4, 5, 7), 'abc-0');
    expect(a).toBe('snapshot-20260102T030405006Z-abc-1.json');
    expect([b, a].sort()).toEqual([a, b]);
    expect(SNAPSHOT_FILE_PATTERN.test(a)).toBe(true);
    expect(SNAPSHOT_FILE_PATTERN.test('../snapshot-20260102T030405006Z-x.json')).toBe(false);
  });
});

describe('the snapshot scheduler', () => {
  function setup() {
    const app = createTestApp();
    const errors: string[] = [];
    const writeSnapshotFile = vi.fn(async () =>
      ok({ written: true, location: '/data/snapshots/x.json' }),
    );
    let tick: (() => void) | null = null;
    const scheduler = new SnapshotScheduler({
      commands: app.commands,
      bridge: { writeSnapshotFile },
      onError: (m) => errors.push(m),
      setInterval: (fn, ms) => {
        expect(ms).toBe(SNAPSHOT_INTERVAL_MS);
        tick = fn;
        return 1;
      },
      clearInterval: () => (tick = null),
    });
    return { app, errors, writeSnapshotFile, scheduler, fire: () => tick?.() };
  }

  it('snapshots every interval while the data changes, and copies each one to disk', async () => {
    const { app, scheduler, writeSnapshotFile } = setup();
    await buildSession(app, { cards: 1 });
    scheduler.start();
    const first = await scheduler.tick();
    expect(first).not.toBeNull();
    expect(writeSnapshotFile).toHaveBeenCalledWith({
      fileName: snapshotFileName(first!.takenAt, first!.id),
      json: first!.json,
    });
    expect(await scheduler.tick()).toBeNull();
    expect(writeSnapshotFile).toHaveBeenCalledTimes(1);
    scheduler.stop();
  });

  it('reports a failed disk copy to the facilitator instead of swallowing it', async () => {
    const { app, scheduler, errors, writeSnapshotFile } = setup();
    writeSnapshotFile.mockResolvedValueOnce({
      ok: false,
      error: { code: 'failed', message: 'the disk is full' },
    } as never);
    await buildSession(app, { cards: 1 });
    await scheduler.tick();
    expect(errors).toEqual(['Automatic recovery snapshot failed: the disk is full']);
    // The snapshot inside Parley is still there.
    expect(await app.db.snapshots.count()).toBe(1);
  });
});
