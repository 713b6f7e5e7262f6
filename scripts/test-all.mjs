// `npm test`: every check the project has, in order, with one summary line at the end
// ("N passed, N failed", summed over all suites) that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];

function run(command, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A check that is one pass or one fail (lint, types, build). */
function check(name, command, args) {
  console.log(`\n── ${name} ──`);
  const { ok, seconds } = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: `${seconds}s` });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A suite that reports its own test counts as JSON (vitest or Playwright). */
function suite(name, command, args, kind, canRun = true) {
  console.log(`\n── ${name} ──`);
  const file = join(process.cwd(), reports, `${name.replace(/\W+/g, '-')}.json`);
  if (!canRun) {
    results.push({ name, passed: 0, failed: 1, note: 'not run: the build failed' });
    return;
  }
  const { ok, seconds } = run(
    command,
    [
      ...args,
      ...(kind === 'vitest'
        ? ['--reporter=default', '--reporter=json', `--outputFile=${file}`]
        : []),
    ],
    { PARLEY_REPORT_JSON: file },
  );
  const report = readJson(file);
  let passed = 0;
  let failed = 0;
  let note = `${seconds}s`;
  if (kind === 'vitest' && report) {
    passed = report.numPassedTests;
    failed = report.numFailedTests;
  } else if (kind === 'playwright' && report) {
    passed = report.stats.expected + report.stats.flaky;
    failed = report.stats.unexpected;
    if (report.notRun) note = 'not run here (no Electron binary)';
  }
  // A suite that crashed before reporting, or exited non-zero with no failed test, still fails.
  if (!ok && failed === 0) failed = 1;
  results.push({ name, passed, failed, note });
}

check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npx', ['tsc', '-b']);
suite('unit', 'npx', ['vitest', 'run'], 'vitest');
suite('office (LibreOffice)', 'npx', ['vitest', 'run', '-c', 'vitest.office.config.ts'], 'vitest');
const built = check('build', 'npm', ['run', '--silent', 'build']);
suite(
  'e2e (Chromium)',
  'npx',
  ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
  'playwright',
  built,
);
suite('packaging', 'npx', ['vitest', 'run', '-c', 'vitest.package.config.ts'], 'vitest', built);
suite(
  'electron',
  'node',
  ['tests/electron/run.mjs'],
  'playwright',
  built && existsSync('dist/electron/main.cjs'),
);

console.log('\n── summary ──');
for (const r of results)
  console.log(
    `${r.name.padEnd(16)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed   ${r.note}`,
  );
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
