import { describe, expect, it } from 'vitest';

import { createTestApp } from '#fixtures/builders';
import { restoreSnapshot, takeSnapshot } from '#renderer/commands/snapshotCommands';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { parseBackup } from '#shared/export/backup/parseBackup';
import { validateSnapshot } from '#shared/recovery/validateSnapshot';

import { backupText, fullBackup, parseOk, type Json } from './backupSupport';

// The room's pending points travel in backups and recovery snapshots (docs/backup-format.md):
// a point waiting for review is the group's work as much as a card is.

describe('pending points from phones in a backup', () => {
  it('round-trip: a point waiting for review comes back waiting, with its phone and stage', async () => {
    const { app, session, text } = await fullBackup();
    const file = JSON.parse(text);
    expect(file.tables.roomPoints).toMatchObject([
      { text: 'Ask the youth club too', status: 'waiting', phoneId: 'phone-ada', cardId: null },
    ]);
    // The phone's dot is its own voice's, and travels too.
    expect(file.tables.dots.map((d: Json) => d.participantId)).toContain('room:phone-ada');

    const target = createTestApp();
    await target.commands.run(importBackup, { backup: parseOk(target, text) });
    expect(await backupText(target, session.id)).toBe(text);
    expect(await target.db.roomPoints.toArray()).toEqual(await app.db.roomPoints.toArray());
  });

  it('Keep both gives the copy’s point a fresh id of its own session, leaving the original', async () => {
    const { app, session, text } = await fullBackup();
    const [original] = await app.db.roomPoints.toArray();
    const { sessionIds } = await app.commands.run(importBackup, {
      backup: parseOk(app, text),
      onConflict: 'keep-both',
    });
    const copyId = sessionIds[0]!;
    expect(copyId).not.toBe(session.id);
    const copy = await app.db.roomPoints.where('sessionId').equals(copyId).toArray();
    expect(copy).toHaveLength(1);
    expect(copy[0]).toMatchObject({ text: original!.text, status: 'waiting' });
    expect(copy[0]!.id).not.toBe(original!.id);
    const proposition = await app.db.propositions.get(copy[0]!.propositionId);
    expect(proposition?.sessionId).toBe(copyId);
    expect(await app.db.roomPoints.get(original!.id)).toEqual(original);
  });

  it('refuses a hostile point: another session’s, another session’s card, or a bad status', async () => {
    const { refusal, mutate } = await fullBackup();
    expect(
      refusal(mutate((b) => (b.tables.roomPoints[0].sessionId = 'someone-elses-session'))),
    ).toMatch(/^Not imported: .*point from a phone.*not in the file/);
    expect(
      refusal(mutate((b) => (b.tables.roomPoints[0].propositionId = 'not-a-proposition'))),
    ).toMatch(/point from a phone/);
    // A card of the file that belongs to another session of the file would attach the point to it.
    expect(
      refusal(
        mutate((b) => {
          const other = JSON.parse(JSON.stringify(b.tables.sessions[0]));
          other.id = 'second-session';
          b.tables.sessions.push(other);
          b.scope.sessionIds.push('second-session');
          const prop = {
            ...b.tables.propositions[0],
            id: 'second-prop',
            sessionId: 'second-session',
          };
          other.activePropositionId = 'second-prop';
          b.tables.propositions.push(prop);
          const card = { ...b.tables.cards[0], id: 'second-card', sessionId: 'second-session' };
          card.propositionId = 'second-prop';
          delete card.groupId;
          delete card.participantId;
          delete card.drawsOn;
          b.tables.cards.push(card);
          b.tables.roomPoints[0].cardId = 'second-card';
        }),
      ),
    ).toMatch(/point from a phone/);
    expect(refusal(mutate((b) => (b.tables.roomPoints[0].status = 'approved')))).toMatch(
      /tables\.roomPoints\[0\]\.status/,
    );
    // A file from before the room has no roomPoints table at all, and still imports.
    const older = mutate((b) => delete b.tables.roomPoints);
    expect(parseBackup(older, older.length).ok).toBe(true);
  });
});

describe('pending points from phones in a recovery snapshot', () => {
  it('are kept, checked and restored', async () => {
    const { app } = await fullBackup();
    const before = await app.db.roomPoints.toArray();
    const snap = await app.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    expect(snap!.counts.roomPoints).toBe(1);
    expect(validateSnapshot(snap!.json).ok).toBe(true);

    await app.db.roomPoints.clear();
    await app.commands.run(restoreSnapshot, { snapshotId: snap!.id });
    expect(await app.db.roomPoints.toArray()).toEqual(before);

    const tables = JSON.parse(snap!.json);
    tables.roomPoints[0].sessionId = 'someone-elses-session';
    expect(validateSnapshot(JSON.stringify(tables))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/roomPoints.*no session/),
    });
  });
});
