import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import type { MigrationFixture } from '#fixtures/migrations/fixture';
import { v1 } from '#fixtures/migrations/v1';
import { v2 } from '#fixtures/migrations/v2';
import { v3 } from '#fixtures/migrations/v3';
import { v4 } from '#fixtures/migrations/v4';
import { scoredBeforePhones, v7 } from '#fixtures/migrations/v7';
import { ownScore } from '#renderer/commands/scoreWrites';
import { ParleyDb, TABLE_NAMES } from '#renderer/db/database';
import { watchConnection, type ConnectionState } from '#renderer/features/recovery/connectionWatch';

const FIXTURES: MigrationFixture[] = [v1, v2, v3, v4, v7];
let counter = 0;

/** A database as an older release left it: only that version declared, rows written raw. */
async function buildOldDatabase(fixture: MigrationFixture): Promise<string> {
  const name = `parley-migration-${fixture.version}-${++counter}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', Object.keys(fixture.rows), async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));

describe.each(FIXTURES.map((f) => [f.version, f] as const))(
  'upgrading a schema v%i database to the current schema',
  (_version, fixture) => {
    it('keeps every row of every table, with its content', async () => {
      const name = await buildOldDatabase(fixture);
      const db = new ParleyDb(name);
      await db.open();
      for (const [table, rows] of Object.entries(fixture.rows)) {
        const expected = fixture.expected?.[table] ?? rows;
        expect(await db.table(table).count(), table).toBe(expected.length);
        expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(expected));
      }
      db.close();
    });

    it('ends at the newest version, with every current table readable', async () => {
      const name = await buildOldDatabase(fixture);
      const db = new ParleyDb(name);
      await db.open();
      // An unopened ParleyDb reports the newest version its schema declares.
      const declared = new ParleyDb('parley-never-opened').verno;
      expect(db.verno).toBe(declared);
      expect(db.verno).toBeGreaterThan(fixture.version);
      // Generic over TABLE_NAMES, so tables other features add in later versions are covered too.
      for (const table of TABLE_NAMES)
        await expect(db.table(table).count(), table).resolves.toBeGreaterThanOrEqual(0);
      db.close();
    });

    it('does not wait on an older window: that window is told to let go, and the upgrade proceeds', async () => {
      const name = await buildOldDatabase(fixture);
      const oldWindow = new Dexie(name);
      oldWindow.version(fixture.version).stores(fixture.stores);
      await oldWindow.open();
      const seen: ConnectionState[] = [];
      watchConnection(oldWindow, (state) => seen.push(state));

      const db = new ParleyDb(name);
      await db.open();
      expect(seen).toContain('upgraded-elsewhere');
      expect(await db.table('cards').count()).toBe(fixture.rows.cards?.length ?? 0);
      db.close();
    });
  },
);

describe('schema v5: review sessions', () => {
  it('adds an empty agreementReviews table, found by session, beside v4 rows left as they were', async () => {
    const name = await buildOldDatabase(v4);
    const db = new ParleyDb(name);
    await db.open();
    expect(await db.agreementReviews.count()).toBe(0);
    expect(await db.agreementVersions.get('v1')).toEqual(v4.rows.agreementVersions![0]);
    await db.agreementReviews.add({
      id: 'r1',
      sessionId: 's1',
      versionId: 'v1',
      versionNumber: 1,
      startedAt: 1,
      updatedAt: 1,
      entries: {},
      nextReviewDate: '',
      finishedAt: null,
      outcomeVersionId: null,
    });
    expect(
      (await db.agreementReviews.where('sessionId').equals('s1').toArray()).map((r) => r.id),
    ).toEqual(['r1']);
    db.close();
  });
});

describe('schema v8: practicability scores by voice', () => {
  it('adds empty scoring tables; a point scored before keeps its score as the facilitator’s', async () => {
    const name = await buildOldDatabase(v7);
    const db = new ParleyDb(name);
    await db.open();
    const card = await db.cards.get(scoredBeforePhones.id as never);
    expect(card).toEqual(scoredBeforePhones);
    expect(await db.practicabilityScores.count()).toBe(0);
    expect(await db.scoringRounds.count()).toBe(0);
    // With no voices recorded, the card's own score is the facilitator's (what their row shows).
    expect(ownScore(card!, [])).toEqual(scoredBeforePhones.practicability);
    // The new indexes answer: a phone's scores on one proposition, a card's scores by voice.
    await db.practicabilityScores.add({
      id: 'card-p|room:ph-1',
      sessionId: 's1',
      propositionId: 'prop1',
      cardId: 'card-p',
      voterId: 'room:ph-1',
      evidence: 5,
      capacity: 5,
      control: 5,
      at: 1,
    });
    expect(
      await db.practicabilityScores
        .where('[voterId+propositionId]')
        .equals(['room:ph-1', 'prop1'])
        .count(),
    ).toBe(1);
    expect(await db.practicabilityScores.where('cardId').equals('card-p').count()).toBe(1);
    db.close();
  });
});
