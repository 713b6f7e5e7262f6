// `npm run bench`: drives the built browser mode in headless Chromium and measures the figures
// budgeted in docs/architecture.md, "Performance budgets". Each file in bench/scenarios/ exports a
// default async function ({ browser, baseUrl }) => Figure[] where
// Figure = { figure, value, unit, budget, pass, note?, floor? } and floor = { value, label }: the
// same kind of work done by a bare page in the same run (bench/floors.mjs). Every timing has one;
// the ratio figure ÷ floor is what compares across machines. Results go to
// bench/results/latest.json and latest.md (the README quotes the .md).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from '../scripts/serve.mjs';

/** figure ÷ floor, when both are positive numbers (a 0 ms longest task has no ratio). */
function ratioOf(figure) {
  const { value, floor } = figure;
  if (!floor || typeof value !== 'number' || !(floor.value > 0)) return null;
  return Math.round((value / floor.value) * 10) / 10;
}

function ratioText(figure) {
  if (!figure.floor) return '—';
  return figure.ratio === null ? 'n/a (floor 0)' : `${figure.ratio}×`;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PARLEY_BENCH_PORT ?? 4319);
const only = process.argv.slice(2);

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execSync('command -v chromium || command -v chromium-browser', {
    encoding: 'utf8',
    shell: '/bin/sh',
  }).trim();
}

// The room bench (bench/scenarios/room.mjs) stays on loopback, like every test (docs/room.md).
process.env.PARLEY_ROOM_HOST ??= '127.0.0.1';
process.env.PARLEY_ROOM_PORT ??= '4401';
const server = await startServer({ port });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
const chromiumVersion = browser.version();
const baseUrl = `http://127.0.0.1:${port}`;

const figures = [];
const files = readdirSync(join(here, 'scenarios'))
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  const scenario = (await import(pathToFileURL(join(here, 'scenarios', file)).href)).default;
  console.log(`bench: ${file}…`);
  try {
    for (const measured of await scenario({ browser, baseUrl })) {
      const figure = { scenario: file, ...measured, ratio: ratioOf(measured) };
      figures.push(figure);
      console.log(
        `  ${figure.pass ? 'ok  ' : 'OVER'} ${figure.figure}: ${figure.value} ${figure.unit}`,
      );
      if (figure.floor)
        console.log(
          `       floor ${figure.floor.value} ms (${figure.floor.label}); ratio ${ratioText(figure)}; budget ${figure.budget}`,
        );
      else console.log(`       budget ${figure.budget}`);
    }
  } catch (error) {
    figures.push({
      scenario: file,
      figure: `${file} failed`,
      value: null,
      unit: '',
      budget: '',
      pass: false,
      note: String(error?.stack ?? error),
    });
    console.log(`  FAILED: ${error?.message ?? error}`);
  }
}
await browser.close();
server.close();

const machine = {
  date: new Date().toISOString(),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: chromiumVersion,
};
mkdirSync(join(here, 'results'), { recursive: true });
// A run of some scenarios (`npm run bench -- presenter`) replaces only their figures in the
// results file and keeps the rest, each figure marked with when it was measured.
const resultsFile = join(here, 'results', 'latest.json');
for (const f of figures) f.measuredAt = machine.date;
const kept =
  only.length > 0 && existsSync(resultsFile)
    ? JSON.parse(readFileSync(resultsFile, 'utf8')).figures.filter(
        (f) => !files.includes(f.scenario),
      )
    : [];
const all = [...kept, ...figures].sort((a, b) => a.scenario.localeCompare(b.scenario));
writeFileSync(resultsFile, JSON.stringify({ machine, figures: all }, null, 2) + '\n');
const rows = all.map(
  (f) =>
    `| ${f.figure} | ${f.value ?? '—'} ${f.unit} | ${f.floor ? `${f.floor.value} ms (${f.floor.label})` : '—'} | ${ratioText(f)} | ${f.budget} | ${f.pass ? 'within' : '**over**'} |${f.note ? ` ${f.note.split('\n')[0]}` : ''}`,
);
writeFileSync(
  join(here, 'results', 'latest.md'),
  [
    `${kept.length > 0 ? `Partly re-run (${only.join(', ')}) ` : ''}Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium} (headless).`,
    '',
    'Floor: the same kind of work by a bare page, measured in the same run; ratio = measured ÷ floor.',
    '',
    '| figure | measured | floor (same run) | ratio | budget | |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
console.log(
  `bench: ${all.filter((f) => f.pass).length} of ${all.length} figures within budget (${figures.length} measured now); written to bench/results/latest.{json,md}`,
);
