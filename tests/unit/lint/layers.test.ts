import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layer rules of docs/architecture.md, "Layers" bite: each snippet, linted as if it
// lived in the given folder, must fail with no-restricted-imports.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

// Loading the ESLint config and TypeScript parser takes seconds on a loaded 2-core machine;
// the timeout is about that start-up, not about speed.
describe('layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['shared/domain/x.ts', "import React from 'react';\nexport const a = React;"],
    ['shared/domain/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    [
      'shared/domain/x.ts',
      "import { appDb } from '../../renderer/src/db/openDatabase';\nexport const a = appDb;",
    ],
    [
      'renderer/src/x.ts',
      "import { isOwnUrl } from '../../electron/main/navigationGuard';\nexport const a = isOwnUrl;",
    ],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/src/x.ts', "import fs from 'fs';\nexport const a = fs;"],
    [
      'renderer/src/features/board/x.ts',
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const a = useLiveQuery;",
    ],
    [
      'electron/main/x.ts',
      "import { appDb } from '../../renderer/src/db/openDatabase';\nexport const a = appDb;",
    ],
    [
      'electron/main/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;",
    ],
    ['electron/preload/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    // The room server is hosted by browser mode's Node server too: no Electron in it.
    ['electron/room/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    [
      'electron/room/x.ts',
      "import { isOwnUrl } from '#electron/main/navigationGuard';\nexport const a = isOwnUrl;",
    ],
    // The aliases cross the same lines as the relative paths they replace.
    [
      'shared/domain/x.ts',
      "import { appDb } from '#renderer/db/openDatabase';\nexport const a = appDb;",
    ],
    [
      'renderer/src/x.ts',
      "import { isOwnUrl } from '#electron/main/navigationGuard';\nexport const a = isOwnUrl;",
    ],
    [
      'electron/main/x.ts',
      "import { appDb } from '#renderer/db/openDatabase';\nexport const a = appDb;",
    ],
    // No import climbs more than two folders: an alias says where the target lives.
    [
      'renderer/src/features/board/x.ts',
      "import { LANES } from '../../../../shared/domain/lanes';\nexport const a = LANES;",
    ],
    [
      'tests/unit/renderer/features/board/x.test.ts',
      "import { buildSession } from '../../../../fixtures/builders';\nexport const a = buildSession;",
    ],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toBeGreaterThan(0);
  });

  it.each([
    ['renderer/src/x.ts', "import { LANES } from '#shared/domain/lanes';\nexport const a = LANES;"],
    [
      'renderer/src/features/board/x.ts',
      "import { useUiStore } from '../../ui/uiStore';\nexport const a = useUiStore;",
    ],
    [
      'renderer/src/db/useLiveQuery.ts',
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const a = useLiveQuery;",
    ],
    [
      'electron/main/x.ts',
      "import { app } from 'electron';\nimport { join } from 'node:path';\nexport const a = [app, join];",
    ],
    [
      'electron/preload/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;",
    ],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toBe(0);
  });
});
