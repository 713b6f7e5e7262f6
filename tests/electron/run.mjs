// Runs the Playwright `_electron` suite where the Electron binary exists; elsewhere prints one
// line saying why it did not run (the binary downloads from GitHub, which this machine cannot
// reach). Every behaviour it covers is also tested in Chromium and in the Node unit tests.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

import { electronBinary } from '../../scripts/electronBinary.mjs';

const exe = electronBinary();
if (!exe) {
  console.log(
    'Electron suite not run: the Electron binary is not installed here (it is downloaded from GitHub, which this machine cannot reach).',
  );
  if (process.env.PARLEY_REPORT_JSON)
    writeFileSync(
      process.env.PARLEY_REPORT_JSON,
      JSON.stringify({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, notRun: true }),
    );
  process.exit(0);
}
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'],
  { stdio: 'inherit', env: { ...process.env, PARLEY_ELECTRON_PATH: exe } },
);
process.exit(result.status ?? 1);
