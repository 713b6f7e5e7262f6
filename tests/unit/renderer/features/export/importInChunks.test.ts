import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import type { Backup } from '#shared/export/backup/schema';

import { backupText, parseOk, snapshot, type Json } from './backupSupport';

/** A real one-card backup grown to `cards` cards with fresh ids, as a facilitator's big board. */
async function bigFile(cards: number): Promise<Json> {
  const other = createTestApp();
  const { session } = await buildSession(other, { cards: 1 });
  const file = JSON.parse(await backupText(other, session.id));
  const [first] = file.tables.cards;
  file.tables.cards = Array.from({ length: cards }, (_, i) => ({
    ...first,
    id: randomUUID(),
    order: i,
    text: `Card ${i + 1}`,
  }));
  return file;
}

async function bigBackup(into: TestApp, cards: number): Promise<Backup> {
  return parseOk(into, JSON.stringify(await bigFile(cards)));
}

// The import writes many small chunks, several queued at once, inside its one transaction
// (importBackup.ts): all of the file or none of it, whatever happens between the chunks.
describe('an import of many rows', () => {
  it('writes every row, telling its progress in steps up to the whole', async () => {
    const app = createTestApp();
    const backup = await bigBackup(app, 1_000);
    const told: number[] = [];
    const outcome = await app.commands.run(importBackup, {
      backup,
      onProgress: (done, total) => {
        told.push(done);
        expect(total).toBe(rowsIn(backup));
      },
    });
    expect(await app.db.cards.count()).toBe(1_000);
    expect(outcome.rows).toBe(rowsIn(backup));
    expect(told.length).toBeGreaterThan(10);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(rowsIn(backup));
  });

  it('keeps nothing when a write fails in a late chunk', async () => {
    const app = createTestApp();
    await buildSession(app, { title: 'Mine', cards: 1 });
    const backup = await bigBackup(app, 1_000);
    const before = await snapshot(app);
    let cards = 0;
    // The disk gives out at the 900th card, long after earlier chunks were stored.
    app.db.cards.hook('creating', () => {
      if (++cards === 900) throw new Error('QuotaExceededError');
    });
    await expect(app.commands.run(importBackup, { backup })).rejects.toThrow();
    expect(cards).toBeGreaterThanOrEqual(900);
    expect(await snapshot(app)).toEqual(before);
  });

  it('keeps nothing when cancelled between chunks', async () => {
    const app = createTestApp();
    await buildSession(app, { title: 'Mine', cards: 1 });
    const backup = await bigBackup(app, 1_000);
    const before = await snapshot(app);
    const stop = new AbortController();
    await expect(
      app.commands.run(importBackup, {
        backup,
        signal: stop.signal,
        onProgress: (done) => {
          if (done >= 500) stop.abort();
        },
      }),
    ).rejects.toThrow(/Import cancelled/);
    expect(await snapshot(app)).toEqual(before);
  });
});

// Before writing, the import looks for ids of the file already used here (importBackup.ts,
// anyKeyTaken): by one read of the keys here when the table holds fewer rows than the file, by a
// read per key of the file, in chunks, when it holds more. Either way one taken id means fresh ids.
describe('an import whose ids are already taken here', () => {
  for (const [here, inFile] of [
    [300, 2],
    [2, 300],
  ] as const) {
    it(`gives the file fresh ids: ${here} cards here, ${inFile} in the file, the last one taken`, async () => {
      const app = createTestApp();
      await app.commands.run(importBackup, { backup: await bigBackup(app, here) });
      const cards = await app.db.cards.toArray();
      const file = await bigFile(inFile);
      file.tables.cards.at(-1).id = cards.at(-1)!.id;
      await app.commands.run(importBackup, { backup: parseOk(app, JSON.stringify(file)) });
      expect(await app.db.cards.count()).toBe(here + inFile);
      for (const card of cards) expect(await app.db.cards.get(card.id)).toEqual(card);
    });
  }
});

function rowsIn(backup: Backup): number {
  return Object.values(backup.tables).reduce((n, rows) => n + (rows as unknown[]).length, 0);
}
