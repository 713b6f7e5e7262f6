import { describe, expect, it } from 'vitest';

import { createTestApp } from '#fixtures/builders';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import type { CardId } from '#shared/domain/ids';

import { backupText, fullBackup, parseOk, type Json } from './backupSupport';

// Each voice's practicability score travels in backups (docs/backup-format.md): the phones' too,
// so a restored card can still be re-combined when a voice scores again.

describe('practicability scores by voice in a backup', () => {
  it('round-trip: the facilitator’s and a phone’s score come back, and the card’s combination', async () => {
    const { app, session, text } = await fullBackup();
    const file = JSON.parse(text);
    expect(file.tables.practicabilityScores.map((r: Json) => [r.voterId, r.evidence])).toEqual(
      expect.arrayContaining([
        ['facilitator', 4],
        ['room:phone-ada', 5],
      ]),
    );
    // The round they were given in travels too, closed.
    expect(file.tables.scoringRounds).toMatchObject([{ closedAt: expect.any(Number) }]);
    const target = createTestApp();
    await target.commands.run(importBackup, { backup: parseOk(target, text) });
    expect(await backupText(target, session.id)).toBe(text);
    expect(await target.db.practicabilityScores.toArray()).toEqual(
      await app.db.practicabilityScores.toArray(),
    );
  });

  it('Keep both gives the copy’s scores its own card, proposition and session', async () => {
    const { app, text } = await fullBackup();
    const originals = await app.db.practicabilityScores.toArray();
    const { sessionIds } = await app.commands.run(importBackup, {
      backup: parseOk(app, text),
      onConflict: 'keep-both',
    });
    const copies = await app.db.practicabilityScores
      .where('sessionId')
      .equals(sessionIds[0]!)
      .toArray();
    expect(copies).toHaveLength(originals.length);
    for (const copy of copies) {
      const card = await app.db.cards.get(copy.cardId as CardId);
      expect(card?.sessionId).toBe(sessionIds[0]);
      expect(copy.propositionId).toBe(card?.propositionId);
      expect(copy.id).toBe(`${copy.cardId}|${copy.voterId}`);
    }
    expect(await app.db.practicabilityScores.bulkGet(originals.map((r) => r.id))).toEqual(
      originals,
    );
  });

  it('refuses a hostile score: another session’s card, a made-up voice, a score out of range', async () => {
    const { refusal, mutate } = await fullBackup();
    expect(
      refusal(mutate((b) => (b.tables.practicabilityScores[0].cardId = 'someone-elses-card'))),
    ).toMatch(/practicability score/);
    expect(refusal(mutate((b) => (b.tables.practicabilityScores[0].voterId = 'admin')))).toMatch(
      /practicabilityScores\[0\]\.voterId/,
    );
    expect(refusal(mutate((b) => (b.tables.practicabilityScores[0].control = 9)))).toMatch(
      /practicabilityScores\[0\]\.control/,
    );
    // A file from before phones could score has no such table at all, and still imports.
    const older = mutate((b) => delete b.tables.practicabilityScores);
    const target = createTestApp();
    await target.commands.run(importBackup, { backup: parseOk(target, older) });
    expect(await target.db.practicabilityScores.count()).toBe(0);
  });
});
