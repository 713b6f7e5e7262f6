import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { createBackup } from '#renderer/features/export/createBackup';
import { awayDaySessions } from '#renderer/features/export/loadSessionData';
import {
  createAwayDay,
  deleteAwayDay,
  fileSession,
  renameAwayDay,
} from '#renderer/features/home/commands/awayDayCommands';
import type { WorkshopId } from '#shared/domain/ids';

describe('away days gather the sessions of one day', () => {
  it('creates an away day with a name and an optional date, refusing an empty name or a date that is not a day', async () => {
    const app = createTestApp();
    const day = await app.commands.run(createAwayDay, {
      name: '  Riverside away day ',
      date: '2026-11-28',
    });
    expect(await app.db.workshops.get(day.id)).toMatchObject({
      name: 'Riverside away day',
      date: '2026-11-28',
    });
    await expect(app.commands.run(createAwayDay, { name: '   ' })).rejects.toThrow(
      'Give the away day a name',
    );
    await expect(
      app.commands.run(createAwayDay, { name: 'X', date: '28/11/2026' }),
    ).rejects.toThrow('a day of the calendar');
    expect(await app.db.workshops.count()).toBe(1);
  });

  it('files sessions under an away day, so its pack and backup hold exactly them — and undo takes a session back out', async () => {
    const app = createTestApp();
    const { session: groupA } = await buildSession(app, { title: 'Group A', cards: 2 });
    const { session: groupB } = await buildSession(app, { title: 'Group B', cards: 1 });
    const { session: other } = await buildSession(app, { title: 'Another day' });
    const day = await app.commands.run(createAwayDay, { name: 'Riverside away day' });
    const editedBefore = (await app.db.sessions.get(groupA.id))!.updatedAt;
    app.clock.advance(60_000);
    await app.commands.run(fileSession, { sessionId: groupA.id, workshopId: day.id });
    await app.commands.run(fileSession, { sessionId: groupB.id, workshopId: day.id });

    const pack = await awayDaySessions(app.db, day.id);
    expect(pack.name).toBe('Riverside away day');
    expect(new Set(pack.sessionIds)).toEqual(new Set([groupA.id, groupB.id]));
    const backup = await createBackup(
      app.db,
      { kind: 'workshop', workshopId: day.id },
      { now: 1, appVersion: 'test' },
    );
    expect(backup.scope.title).toBe('Riverside away day');
    expect(new Set(backup.scope.sessionIds)).toEqual(new Set([groupA.id, groupB.id]));
    expect(backup.tables.cards).toHaveLength(3);
    expect((await awayDaySessions(app.db, null)).sessionIds).toEqual([other.id]);
    // Filing is not editing: "last edited" on home does not change.
    expect((await app.db.sessions.get(groupA.id))!.updatedAt).toBe(editedBefore);

    await app.commands.undo();
    expect((await app.db.sessions.get(groupB.id))!.workshopId).toBeNull();
    await app.commands.run(fileSession, { sessionId: groupA.id, workshopId: null });
    expect((await awayDaySessions(app.db, day.id)).sessionIds).toEqual([]);
  });

  it('refuses to file a session under an away day that no longer exists', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    await expect(
      app.commands.run(fileSession, { sessionId: session.id, workshopId: 'gone' as WorkshopId }),
    ).rejects.toThrow('That away day no longer exists.');
    expect((await app.db.sessions.get(session.id))!.workshopId).toBeNull();
  });

  it('renames an away day (name and date checked as when made)', async () => {
    const app = createTestApp();
    const day = await app.commands.run(createAwayDay, { name: 'Riverside awayday' });
    await app.commands.run(renameAwayDay, {
      workshopId: day.id,
      name: 'Riverside away day',
      date: '2026-11-28',
    });
    expect(await app.db.workshops.get(day.id)).toMatchObject({
      name: 'Riverside away day',
      date: '2026-11-28',
    });
    await expect(app.commands.run(renameAwayDay, { workshopId: day.id, name: '' })).rejects.toThrow(
      'Give the away day a name',
    );
    await expect(
      app.commands.run(renameAwayDay, { workshopId: 'gone' as WorkshopId, name: 'X' }),
    ).rejects.toThrow('That away day no longer exists.');
    expect((await app.db.workshops.get(day.id))!.name).toBe('Riverside away day');
  });

  it('deletes an away day but keeps its sessions, unfiled — and undo files them back', async () => {
    const app = createTestApp();
    const { session: a } = await buildSession(app, { title: 'Group A', cards: 1 });
    const { session: b } = await buildSession(app, { title: 'Group B' });
    const day = await app.commands.run(createAwayDay, { name: 'Riverside away day' });
    for (const s of [a, b])
      await app.commands.run(fileSession, { sessionId: s.id, workshopId: day.id });

    await app.commands.run(deleteAwayDay, { workshopId: day.id });
    expect(await app.db.workshops.count()).toBe(0);
    expect((await app.db.sessions.bulkGet([a.id, b.id])).map((s) => s!.workshopId)).toEqual([
      null,
      null,
    ]);
    expect(await app.db.cards.where('sessionId').equals(a.id).count()).toBe(1);

    await app.commands.undo();
    expect((await app.db.workshops.get(day.id))!.name).toBe('Riverside away day');
    expect(new Set((await awayDaySessions(app.db, day.id)).sessionIds)).toEqual(
      new Set([a.id, b.id]),
    );
  });
});
