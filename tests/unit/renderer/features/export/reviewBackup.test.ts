import { describe, expect, it } from 'vitest';

import { buildFullSession } from '#fixtures/backup/fullSession';
import { createTestApp } from '#fixtures/builders';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { parseBackup } from '#shared/export/backup/parseBackup';

import { backupText, parseOk } from './backupSupport';

describe('reviews in a backup (docs/backup-format.md)', () => {
  it('travel with their session, and Keep both links the copy’s review to the copy’s versions', async () => {
    const app = createTestApp();
    const session = await buildFullSession(app);
    const backup = parseOk(app, await backupText(app, session.id));
    const [review] = backup.tables.agreementReviews!;
    expect(review).toMatchObject({ sessionId: session.id, nextReviewDate: '2027-06-01' });
    expect(Object.keys(review!.entries).length).toBeGreaterThan(0);

    const outcome = await app.commands.run(importBackup, { backup, onConflict: 'keep-both' });
    const copyId = outcome.sessionIds[0]!;
    expect(copyId).not.toBe(session.id);
    const [copy] = await app.db.agreementReviews.where('sessionId').equals(copyId).toArray();
    const versions = await app.db.agreementVersions.where('sessionId').equals(copyId).toArray();
    expect(copy!.id).not.toBe(review!.id);
    expect(versions.map((v) => v.id).sort()).toEqual(
      [copy!.versionId, copy!.outcomeVersionId].sort(),
    );
    expect(copy!.entries).toEqual(review!.entries);
    // The original is untouched.
    expect(await app.db.agreementReviews.get(review!.id)).toMatchObject({ sessionId: session.id });
  });

  it('refuse a review naming another session’s version or a clause its version does not hold', async () => {
    const app = createTestApp();
    const session = await buildFullSession(app);
    const file = JSON.parse(await backupText(app, session.id));
    const bad = (change: (r: Record<string, unknown>) => void) => {
      const copy = structuredClone(file);
      change(copy.tables.agreementReviews[0]);
      const text = JSON.stringify(copy);
      return parseBackup(text, text.length);
    };
    for (const result of [
      bad((r) => (r.versionId = 'someone-elses-version')),
      bad((r) => (r.outcomeVersionId = 'missing')),
      bad((r) => (r.entries = { 'not-a-clause': Object.values(r.entries as object)[0] })),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/a review names a version or clause/);
    }
    // A file from before reviews (no such table) still imports.
    delete file.tables.agreementReviews;
    const text = JSON.stringify(file);
    expect(parseBackup(text, text.length).ok).toBe(true);
  });
});
