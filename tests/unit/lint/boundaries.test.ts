import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves the feature boundaries of docs/architecture.md bite: each snippet, linted as if it
// lived at the given path, must be flagged by the named rule of
// tools/eslint-plugin-parley-boundaries — and the allowed twin of each must not be.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .map((m) => m.ruleId ?? `fatal: ${m.message}`)
    .filter((id) => id.startsWith('parley-boundaries/') || id.startsWith('fatal'));
}

// Loading the whole config the first time takes seconds on a busy machine; do it once, untimed.
beforeAll(() => ruleHits('renderer/src/x.ts', ''), 60_000);

const use = (line: string, name: string) => `${line}\nexport const a = ${name};\n`;

describe('feature boundaries', () => {
  it.each([
    // A feature reaches another only through that feature's index.ts…
    [
      'renderer/src/features/agreement/x.ts',
      use("import { useBoardSession } from '../board/useBoardSession';", 'useBoardSession'),
    ],
    [
      'renderer/src/features/stages/plan/x.ts',
      use("import { useBoardSession } from '../../board/useBoardSession';", 'useBoardSession'),
    ],
    [
      'renderer/src/features/presenter/x.ts',
      use(
        "import { AgreementSummary } from '#renderer/features/agreement/AgreementSummary';",
        'AgreementSummary',
      ),
    ],
    ['renderer/src/features/home/x.ts', "export { ImportButton } from '../export/ImportButton';\n"],
    // …and so does the app that composes them.
    [
      'renderer/src/app/x.ts',
      use("import { RestoreScreen } from '../features/recovery/RestoreScreen';", 'RestoreScreen'),
    ],
    // commands/ (and the other layers below the features) import no feature at all.
    [
      'renderer/src/commands/x.ts',
      use("import { loadPlan } from '../features/stages/commands/stageData';", 'loadPlan'),
    ],
    [
      'renderer/src/commands/x.ts',
      use("import { stagesFeature } from '#renderer/features/stages';", 'stagesFeature'),
    ],
    [
      'renderer/src/ui/x.ts',
      use("import { boardFeature } from '../features/board';", 'boardFeature'),
    ],
    [
      'renderer/src/db/x.ts',
      use("import { boardFeature } from '../features/board';", 'boardFeature'),
    ],
    // Only app/ (and main.tsx) import app/, which lists the features.
    [
      'renderer/src/features/board/x.ts',
      use("import { FEATURES } from '../../app/features';", 'FEATURES'),
    ],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).toEqual(['parley-boundaries/feature-boundaries']);
  });

  it.each([
    [
      'renderer/src/features/agreement/x.ts',
      use("import { useBoardSession } from '../board';", 'useBoardSession'),
    ],
    [
      'renderer/src/features/stages/plan/x.ts',
      use("import { useBoardSession } from '../../board/index';", 'useBoardSession'),
    ],
    [
      'renderer/src/features/presenter/x.ts',
      use("import { AgreementSummary } from '#renderer/features/agreement';", 'AgreementSummary'),
    ],
    // Inside one feature, anything goes.
    [
      'renderer/src/features/stages/plan/x.ts',
      use("import { loadPlan } from '../commands/stageData';", 'loadPlan'),
    ],
    [
      'renderer/src/features/board/x.ts',
      use(
        "import { useServices } from '../../commands/AppServices';\nimport { navigate } from '../../ui/useHashRoute';",
        '[useServices, navigate]',
      ),
    ],
    [
      'renderer/src/app/x.ts',
      use("import { boardFeature } from '../features/board';", 'boardFeature'),
    ],
    ['renderer/src/main.tsx', use("import { FEATURES } from './app/features';", 'FEATURES')],
    [
      'renderer/src/commands/x.ts',
      use("import { newSessionPlan } from './sessionPlan';", 'newSessionPlan'),
    ],
  ])('%s may: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).toEqual([]);
  });
});

describe('only commands write to the database', () => {
  const writes = [
    'export const f = (db) => db.cards.put({ id: "c" });',
    'export const f = (db) => db.cards.bulkAdd([]);',
    'export const f = (db, id) => db.cards.delete(id);',
    'export const f = (db, id) => db.cards.update(id, { text: "x" });',
    'export const f = (db) => db.stageNotes.clear();',
    'export const f = (db, id) => db.cards.where("sessionId").equals(id).delete();',
    'export const f = (db, id) => db.cards.where("sessionId").equals(id).modify({ lane: "x" });',
    'export const f = (services) => services.db.cards.bulkPut([]);',
    'export const f = (db, name) => db.table(name).bulkDelete([]);',
    'export const f = async (db, name) => { const table = db.table(name); await table.add({}); };',
    'export const f = () => appDb().settings.put({ key: "k", value: 1 });',
  ];

  it.each(writes)('a feature component may not: %s', async (code) => {
    expect(await ruleHits('renderer/src/features/board/x.ts', code)).toEqual([
      'parley-boundaries/only-commands-write',
    ]);
  });

  it.each(writes)('nor may the app or ui/: %s', async (code) => {
    expect(await ruleHits('renderer/src/ui/x.ts', code)).toEqual([
      'parley-boundaries/only-commands-write',
    ]);
  });

  it.each([
    ['renderer/src/commands/x.ts', writes[0]!],
    ['renderer/src/features/board/commands/x.ts', writes[5]!],
    ['renderer/src/features/export/commands/x.ts', writes[9]!],
    ['renderer/src/db/x.ts', writes[3]!],
  ])('%s may: %s', async (filePath, code) => {
    expect(await ruleHits(filePath, code)).toEqual([]);
  });

  it.each([
    // Reads are free everywhere, and so are writes to things that are not the database.
    'export const f = (db, id) => db.cards.get(id);',
    'export const f = (db, id) => db.cards.where("sessionId").equals(id).toArray();',
    'export const f = (set, id) => { set.add(id); set.delete(id); };',
    'export const f = (commands) => commands.history.clear();',
    'export const f = (w, id) => w.put("cards", id, {});',
    'export const f = (el) => el.classList.add("x");',
  ])('a feature may: %s', async (code) => {
    expect(await ruleHits('renderer/src/features/board/x.ts', code)).toEqual([]);
  });
});
