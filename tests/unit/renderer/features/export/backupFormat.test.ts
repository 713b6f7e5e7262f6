import { readFileSync } from 'node:fs';

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { buildFullSession } from '#fixtures/backup/fullSession';
import { buildSession, createTestApp } from '#fixtures/builders';
import { takeSnapshot } from '#renderer/commands/snapshotCommands';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { createBackup } from '#renderer/features/export/createBackup';
import { voteBudgetKey } from '#shared/board/types';
import { parseBackup } from '#shared/export/backup/parseBackup';
import { BACKUP_TABLE_NAMES } from '#shared/export/backup/tableSchemas';

import { backupText, fullBackup, parseOk, snapshot, type Json } from './backupSupport';

// Paths from the repository root, where vitest runs (as backupValidation.test.ts reads them).
const docs = (name: string) => readFileSync(`docs/${name}`, 'utf8');

describe('what a backup may hold', () => {
  it('a full session round-trips with every table, its dot budget, and no app-wide setting', async () => {
    const { app, session, text } = await fullBackup();
    const file = JSON.parse(text);
    for (const name of BACKUP_TABLE_NAMES)
      if (name !== 'workshops' && name !== 'planTemplates')
        expect(file.tables[name].length, name).toBeGreaterThan(0);
    // The session's own setting travels (it used to be dropped); the chime preference never does.
    expect(file.tables.settings).toEqual([{ key: voteBudgetKey(session.id), value: 7 }]);
    const target = createTestApp();
    await target.commands.run(importBackup, { backup: parseOk(target, text) });
    expect(await backupText(target, session.id)).toBe(text);
    expect(await app.db.settings.get('stages.chimeOn')).toBeDefined();
  });

  it('is described by docs/backup.schema.json: a real JSON Schema validator agrees with the parser', async () => {
    const { text, mutate } = await fullBackup();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(docs('backup.schema.json')));
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    const hostile = [
      mutate((b) => (b.tables.snapshots = [{ id: 'x', takenAt: 9e15, json: '{}' }])),
      mutate((b) => (b.tables.cards[0].text = 42)),
      mutate((b) => (b.tables.cards[0].drawsOn = 5)),
      mutate((b) => (b.tables.sessions[0].id = 'has spaces and is far too long'.repeat(3))),
      mutate((b) => (b.tables.participants[0].name = 'x'.repeat(100_000))),
    ];
    for (const file of hostile) {
      expect(validate(JSON.parse(file))).toBe(false);
      expect(parseBackup(file, file.length).ok).toBe(false);
    }
  });

  it('docs/backup-format.md names every table the format holds', () => {
    const text = docs('backup-format.md');
    for (const name of BACKUP_TABLE_NAMES) expect(text).toContain(`\`${name}\``);
  });

  it('refuses snapshot rows, so a file can never plant or evict recovery snapshots', async () => {
    const { refusal, mutate } = await fullBackup();
    const future = { id: 'evil', takenAt: 4_102_444_800_000, reason: 'auto', json: '{}' };
    expect(refusal(mutate((b) => (b.tables.snapshots = [future])))).toMatch(
      /recovery snapshots.*never travel in a backup/,
    );
    // Files from before the rule carry an empty list, which is harmless.
    expect(
      parseBackup(
        mutate((b) => (b.tables.snapshots = [])),
        0,
      ).ok,
    ).toBe(true);
  });

  it('refuses a row of any table that names a session not in the file', async () => {
    const { refusal, mutate } = await fullBackup();
    for (const table of [
      'participants',
      'stageNotes',
      'dots',
      'groups',
      'agreements',
      'agreementVersions',
      'stagePlans',
      'stageTimers',
      'presenterState',
      'propositions',
      'cards',
    ])
      expect(
        refusal(mutate((b) => (b.tables[table][0].sessionId = 'someone-elses-session'))),
        table,
      ).toMatch(/in the file/);
  });

  it('refuses dangling references between rows: card, participant, group, clause, party', async () => {
    const { refusal, mutate } = await fullBackup();
    const card = (b: Json) => b.tables.cards.find((c: Json) => c.groupId);
    expect(refusal(mutate((b) => (card(b).groupId = 'missing')))).toMatch(/refers to/);
    expect(refusal(mutate((b) => (card(b).participantId = 'missing')))).toMatch(/refers to/);
    expect(
      refusal(mutate((b) => (b.tables.cards.find((c: Json) => c.drawsOn).drawsOn = ['gone']))),
    ).toMatch(/refers to/);
    expect(refusal(mutate((b) => (b.tables.dots[0].participantId = 'missing')))).toMatch(/vote/);
    expect(refusal(mutate((b) => (b.tables.agreements[0].clauses[0].partyId = 'nobody')))).toMatch(
      /party/,
    );
    expect(refusal(mutate((b) => (b.tables.sessions[0].workshopId = 'elsewhere')))).toMatch(
      /workshop that is not in the file/,
    );
  });

  it('takes an older away-day backup that carried the laptop’s own settings, leaving those out and saying so', async () => {
    const { session, mutate } = await fullBackup();
    // What Parley wrote before the format was checked: every app-wide row of the laptop.
    const older = mutate((b) =>
      b.tables.settings.push(
        { key: 'stages.chimeOn', value: false },
        { key: voteBudgetKey('a-session-not-in-the-file' as never), value: 3 },
      ),
    );
    const result = parseBackup(older, older.length);
    expect(result.ok && result.leftOut).toEqual([
      expect.stringMatching(/^2 settings of the laptop that made the file .* were left out/),
    ]);
    if (!result.ok) return;
    expect(result.backup.tables.settings).toEqual([{ key: voteBudgetKey(session.id), value: 7 }]);
    const target = createTestApp();
    await target.commands.run(importBackup, { backup: result.backup });
    expect(await target.db.settings.get(voteBudgetKey(session.id))).toEqual({
      key: voteBudgetKey(session.id),
      value: 7,
    });
    expect(await target.db.settings.get('stages.chimeOn')).toBeUndefined();
    // A current file leaves nothing out, and the notice has nothing to add.
    const current = mutate(() => undefined);
    expect(parseBackup(current, current.length)).toMatchObject({ ok: true, leftOut: [] });
  });

  it('type-checks the fields the app reads', async () => {
    const { refusal, mutate } = await fullBackup();
    expect(refusal(mutate((b) => (b.tables.cards[0].text = 42)))).toMatch(/cards\[0\]\.text/);
    expect(refusal(mutate((b) => (b.tables.cards[0].drawsOn = 5)))).toMatch(/drawsOn/);
    expect(refusal(mutate((b) => (b.tables.participants[0].name = null)))).toMatch(/name/);
    expect(refusal(mutate((b) => (b.tables.stagePlans[0].stages = 'x')))).toMatch(/stages/);
    expect(refusal(mutate((b) => (b.tables.presenterState[0].mode = 'html')))).toMatch(/mode/);
  });

  it('accepts only ids the routes can open', async () => {
    const { refusal, mutate } = await fullBackup();
    for (const id of ['a b', 'x'.repeat(65), '../etc', 'ü', ''])
      expect(
        refusal(
          mutate((b) => {
            b.tables.sessions[0].id = id;
            b.scope.sessionIds = [id];
          }),
        ),
      ).toMatch(/an id of 1–64 letters/);
  });

  it('a session backup leaves out plan templates; an away-day backup carries them', async () => {
    const app = createTestApp();
    await buildFullSession(app);
    const whole = await createBackup(
      app.db,
      { kind: 'workshop', workshopId: null },
      { now: 0, appVersion: 't' },
    );
    expect(whole.tables.planTemplates).toHaveLength(1);
    expect(whole.tables.settings.map((s) => s.key)).not.toContain('stages.chimeOn');
    const target = createTestApp();
    await buildSession(target, { cards: 1 });
    await target.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    const before = await snapshot(target);
    await target.commands.run(importBackup, {
      backup: parseOk(target, JSON.stringify(whole)),
    });
    expect(await target.db.snapshots.toArray()).toEqual(before.snapshots);
  });
});
