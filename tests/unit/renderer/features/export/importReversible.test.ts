import { describe, expect, it } from 'vitest';

import { buildFullSession } from '#fixtures/backup/fullSession';
import { buildSession, createTestApp, manualClock } from '#fixtures/builders';
import { addCard, editCard } from '#renderer/commands/cardCommands';
import { CommandRunner, HISTORY_CHANNEL_NAME } from '#renderer/commands/commandRunner';
import { restoreSnapshot } from '#renderer/commands/snapshotCommands';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { copyStoredSnapshot } from '#renderer/platform/snapshotFiles';
import type { CardId, SessionId } from '#shared/domain/ids';
import { snapshotFileName } from '#shared/recovery/snapshot';

import { backupText, changedSinceBackup, parseOk, snapshot } from './backupSupport';

async function withoutSnapshots(app: ReturnType<typeof createTestApp>) {
  const { snapshots: _ignored, ...rest } = await snapshot(app);
  return rest;
}

describe('Replace is a reversible, recorded event', () => {
  it('takes a safety snapshot in the same transaction, and restoring it undoes the import', async () => {
    const app = createTestApp();
    const { backup } = await changedSinceBackup(app);
    const before = await withoutSnapshots(app);
    const outcome = await app.commands.run(importBackup, { backup, onConflict: 'replace' });
    expect(outcome.safetySnapshotId).not.toBeNull();
    const safety = (await app.db.snapshots.get(outcome.safetySnapshotId!))!;
    expect(safety.reason).toBe('before-import');
    expect(await app.db.cards.filter((c) => c.text === 'added after the backup').count()).toBe(0);
    await app.commands.run(restoreSnapshot, { snapshotId: safety.id });
    expect(await withoutSnapshots(app)).toEqual(before);
  });

  it('copies the safety snapshot to the snapshot folder as the automatic ones are', async () => {
    const app = createTestApp();
    const { backup } = await changedSinceBackup(app);
    const outcome = await app.commands.run(importBackup, { backup, onConflict: 'replace' });
    const written: { fileName: string; json: string }[] = [];
    const folder = {
      async writeSnapshotFile(file: { fileName: string; json: string }) {
        written.push(file);
        return {
          ok: true as const,
          value: { written: true, location: `/snapshots/${file.fileName}` },
        };
      },
    };
    const safety = (await app.db.snapshots.get(outcome.safetySnapshotId!))!;
    expect(await copyStoredSnapshot(app.db.snapshots, folder, safety.id)).toBeNull();
    expect(written).toEqual([
      { fileName: snapshotFileName(safety.takenAt, safety.id), json: safety.json },
    ]);
    // A full disk is said in words, and the snapshot stays in Restore.
    const full = {
      async writeSnapshotFile() {
        return {
          ok: false as const,
          error: { code: 'failed' as const, message: 'No space left on device' },
        };
      },
    };
    expect(await copyStoredSnapshot(app.db.snapshots, full, safety.id)).toMatch(
      /could not be copied to the snapshot folder \(No space left on device\); it is still in Restore/,
    );
    expect(await copyStoredSnapshot(app.db.snapshots, folder, 'gone')).toMatch(/missing/);
  });

  it('a failed Replace leaves no safety snapshot behind (same transaction)', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: 2 });
    const backup = parseOk(app, await backupText(app, session.id));
    app.db.cards.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(
      app.commands.run(importBackup, { backup, onConflict: 'replace' }),
    ).rejects.toThrow();
    expect(await app.db.snapshots.count()).toBe(0);
    expect(await app.db.cards.count()).toBe(2);
  });

  it('clears the undo history, so Ctrl+Z cannot write an old edit over the imported card', async () => {
    const app = createTestApp();
    const { session, cards } = await buildSession(app, { cards: 1 });
    const backup = parseOk(app, await backupText(app, session.id));
    await app.commands.run(editCard, { cardId: cards[0]!.id, text: 'edited before the import' });
    await app.commands.run(importBackup, { backup, onConflict: 'replace' });
    expect(await app.commands.undo()).toBeNull();
    expect((await app.db.cards.get(cards[0]!.id))!.text).toBe('Point 1');
  });

  it('clears the undo history of another facilitator window too', async () => {
    const app = createTestApp();
    const clock = manualClock();
    const here = new CommandRunner(app.db, clock.now, new BroadcastChannel(HISTORY_CHANNEL_NAME));
    const otherChannel = new BroadcastChannel(HISTORY_CHANNEL_NAME);
    const other = new CommandRunner(app.db, clock.now, otherChannel);
    const { session, cards } = await buildSession(app, { cards: 1 });
    const backup = parseOk(app, await backupText(app, session.id));
    await other.run(editCard, { cardId: cards[0]!.id, text: 'edited in the other window' });
    expect(other.history.peekUndo()).toBeDefined();
    const cleared = new Promise((resolve) => otherChannel.addEventListener('message', resolve));
    await here.run(importBackup, { backup, onConflict: 'replace' });
    await cleared;
    expect(await other.undo()).toBeNull();
    expect((await app.db.cards.get(cards[0]!.id))!.text).toBe('Point 1');
  });
});

describe('Keep both', () => {
  it('works for the same file any number of times, leaving the original untouched', async () => {
    const app = createTestApp();
    const session = await buildFullSession(app);
    const text = await backupText(app, session.id);
    const original = await withoutSnapshots(app);
    const copies: SessionId[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await app.commands.run(importBackup, {
        backup: parseOk(app, text),
        onConflict: 'keep-both',
      });
      copies.push(outcome.sessionIds[0]!);
    }
    expect(new Set(copies).size).toBe(3);
    expect(await app.db.sessions.count()).toBe(4);
    // Every copy is whole: the same rows as the original, each pointing inside the copy.
    const copyBackup = JSON.parse(await backupText(app, copies[2]!));
    expect(parseOk(app, JSON.stringify(copyBackup)).tables.cards).toHaveLength(
      original.cards!.length,
    );
    for (const [table, rows] of Object.entries(original))
      for (const row of rows) expect(await app.db.table(table).toArray()).toContainEqual(row);
  });

  it('remaps ids field by field and never touches user text that looks like an id', async () => {
    const app = createTestApp();
    const { session, cards } = await buildSession(app, { cards: 2 });
    const [first, second] = cards as unknown as [{ id: CardId }, { id: CardId }];
    // A facilitator pasted ids into a card: they are text and must survive a copy unchanged.
    const pasted = [second.id, `${session.id}:${first.id}`, `${first.id}|${second.id}`];
    for (const [i, text] of pasted.entries())
      await app.commands.run(editCard, { cardId: cards[i % 2]!.id, text });
    await app.commands.run(addCard, { sessionId: session.id, lane: 'questions', text: pasted[2]! });
    const texts = (await app.db.cards.toArray()).map((c) => c.text).sort();
    const outcome = await app.commands.run(importBackup, {
      backup: parseOk(app, await backupText(app, session.id)),
      onConflict: 'keep-both',
    });
    const copied = await app.db.cards.where('sessionId').equals(outcome.sessionIds[0]!).toArray();
    expect(copied.map((c) => c.text).sort()).toEqual(texts);
    expect(copied.every((c) => !cards.some((o) => o.id === c.id))).toBe(true);
  });

  it('gives fresh ids when the file’s rows share ids with another session here', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: 2 });
    const text = await backupText(app, session.id);
    // The same rows under a new session id: a file made from another file.
    const renamed = text.replaceAll(session.id, 'another-session');
    const before = await withoutSnapshots(app);
    const outcome = await app.commands.run(importBackup, { backup: parseOk(app, renamed) });
    expect(await app.db.cards.count()).toBe(4);
    for (const [table, rows] of Object.entries(before))
      for (const row of rows) expect(await app.db.table(table).toArray()).toContainEqual(row);
    expect(outcome.sessionIds[0]).not.toBe(session.id);
  });
});
