import { readFileSync, writeFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { parseBackup } from '#shared/export/backup/parseBackup';
import { BACKUP_MAX_BYTES, backupJsonSchema } from '#shared/export/backup/schema';

import { backupText, snapshot } from './backupSupport';

async function setup() {
  const app = createTestApp();
  const { session } = await buildSession(app, { cards: 3 });
  const good = await backupText(app, session.id);
  const parse = (text: string, bytes = text.length) => parseBackup(text, bytes);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary places of a parsed file
  const mutate = (change: (b: Record<string, any>) => void) => {
    const b = JSON.parse(good);
    change(b);
    return JSON.stringify(b);
  };
  return { app, good, parse, mutate };
}

function message(result: ReturnType<typeof parseBackup>): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('importing a bad file gives a clear message', () => {
  it('names each kind of bad file', async () => {
    const { good, parse, mutate } = await setup();
    expect(message(parse('PK\u0003\u0004 a zip file'))).toMatch(/not a JSON file/);
    expect(message(parse(''))).toMatch(/empty/);
    expect(message(parse(good.slice(0, good.length / 2)))).toMatch(/ends too early/);
    expect(
      message(parse('{"format":"parley-backup","version":1,"tables":{"cards":[{"id":"a"')),
    ).toMatch(/ends too early/);
    expect(message(parse('{"format": "parley-backup", nope}'))).toMatch(/damaged/);
    expect(message(parse('{"hello": 1}'))).toMatch(/not a Parley backup/);
    expect(message(parse(mutate((b) => (b.version = 7))))).toMatch(
      /newer Parley \(format version 7\)/,
    );
    expect(message(parse(mutate((b) => (b.version = '1'))))).toMatch(
      /format version \("1"\) is not one Parley knows/,
    );
    expect(message(parse(mutate((b) => (b.tables.cards[0].text = 42))))).toMatch(
      /tables\.cards\[0\]\.text/,
    );
    expect(message(parse(mutate((b) => delete b.tables.cards[1].lane)))).toMatch(
      /tables\.cards\[1\]\.lane/,
    );
    expect(message(parse(mutate((b) => delete b.tables.sessions)))).toMatch(/tables\.sessions/);
    expect(
      message(parse(good.replace('"tables": {', '"tables": { "__proto__": { "polluted": true },'))),
    ).toMatch(/"__proto__"/);
    expect(
      message(parse(mutate((b) => (b.tables.cards[0].constructor = { prototype: 1 })))),
    ).toMatch(/"constructor"/);
    expect(message(parse(mutate((b) => (b.tables.cards[0].text = 'ring\u0007ring'))))).toMatch(
      /tables\.cards\[0\]\.text contains control characters/,
    );
    expect(message(parse(good, BACKUP_MAX_BYTES + 1))).toMatch(/backups up to 64\.0 MB/);
    expect(message(parse(mutate((b) => (b.tables.cards[0].sessionId = 'elsewhere'))))).toMatch(
      /the card “Point \d” refers to a session, proposition, group, participant or card that is not in the file/,
    );
    expect(message(parse(mutate((b) => (b.tables.futureThing = [{ id: 'x' }]))))).toMatch(
      /table \(“futureThing”\) this version of Parley does not have/,
    );
  });

  it('refuses very deep nesting without overflowing the stack', async () => {
    const { parse, mutate } = await setup();
    const deep = mutate((b) => (b.tables.settings = [{ key: 'k', value: 0 }])).replace(
      '"value":0',
      `"value":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    expect(message(parse(deep))).toMatch(/nested (more than 32 levels|too deeply)/);
  });

  it('changes nothing in the database when a file is refused', async () => {
    const { app, parse, mutate } = await setup();
    const before = await snapshot(app);
    for (const bad of [
      mutate((b) => (b.version = 2)),
      '{',
      mutate((b) => (b.tables.cards[0].text = '')),
    ])
      expect(parse(bad).ok).toBe(false);
    expect(await snapshot(app)).toEqual(before);
  });

  it('survives 1,000 generated hostile files: never throws, never pollutes Object.prototype', async () => {
    const { parse, good } = await setup();
    const hostileKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'text',
      'id',
      'sessionId',
      'version',
      'tables',
      'cards',
      'lane',
    );
    const hostileValue = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom(null, -1, Number.POSITIVE_INFINITY, '\u0000', '<script>', {
        __proto__: { polluted: true },
      }),
    );
    const mutation = fc.tuple(
      fc.array(fc.oneof(hostileKey, fc.nat(5).map(String)), { minLength: 1, maxLength: 4 }),
      hostileValue,
      fc.nat(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(mutation, ([path, value, cut, truncate]) => {
        const copy = JSON.parse(good);
        let node = copy;
        for (const key of path.slice(0, -1)) {
          if (node === null || typeof node !== 'object') break;
          // Own properties only: following "constructor" would walk the test itself onto Object.prototype.
          if (!Object.hasOwn(node, key) || node[key] === null || typeof node[key] !== 'object')
            Object.defineProperty(node, key, {
              value: {},
              enumerable: true,
              configurable: true,
              writable: true,
            });
          node = node[key];
        }
        if (node !== null && typeof node === 'object')
          Object.defineProperty(node, path[path.length - 1]!, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        let text = JSON.stringify(copy);
        if (truncate) text = text.slice(0, cut % text.length);
        const result = parse(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message).toMatch(/^Not imported: .+ Nothing was changed\.$/s);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000, seed: 20261128 },
    );
  });

  it('never leaves a partial import from a generated file that passes validation', async () => {
    const { app, good } = await setup();
    const other = createTestApp();
    const texts = fc.sample(
      fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
      { numRuns: 25, seed: 7 },
    );
    for (const cardTexts of texts) {
      const b = JSON.parse(good);
      b.tables.cards = b.tables.cards
        .slice(0, 1)
        .flatMap((c: Record<string, unknown>) =>
          cardTexts.map((text, i) => ({ ...c, id: `${c.id}-${i}`, text })),
        );
      const parsed = parseBackup(JSON.stringify(b), 0);
      const before = await snapshot(other);
      if (!parsed.ok) continue;
      try {
        await other.commands.run(importBackup, { backup: parsed.backup, onConflict: 'replace' });
        expect((await other.db.cards.toArray()).length).toBe(cardTexts.length);
      } catch {
        expect(await snapshot(other)).toEqual(before);
      }
    }
    expect(app.db.name).not.toBe(other.db.name);
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (docs/backup.schema.json)', () => {
    // Tests run from the repository root (as vitest.config.ts does).
    const file = 'docs/backup.schema.json';
    const generated = JSON.stringify(backupJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
