import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

// A real process dies in the middle of writing a file — by an uncaught error, or by SIGKILL —
// and the file it was replacing must be either the old one or the new one, never half of each.
const NEW_SIZE = 48 * 1024 * 1024;
let dir: string;

const CHILD = `
import { syncPath, writeFileAtomically } from './atomicWrite.mjs';
import { writeFile, rename, rm } from 'node:fs/promises';
const [target, mode] = process.argv.slice(2);
const data = 'n'.repeat(${NEW_SIZE});
const fs = mode === 'throw'
  ? { writeFile: async (p, d) => { await writeFile(p, d.slice(0, 4096)); setImmediate(() => { throw new Error('uncaught mid-write'); }); await new Promise(() => {}); }, rename, rm, fsync: syncPath }
  : { writeFile, rename, rm, fsync: syncPath };
process.stdout.write('writing\\n');
await writeFileAtomically(fs, target, data, 'child');
process.stdout.write('done\\n');
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-crash-'));
  // Bundle the real module for a plain Node child (Node runs no TypeScript).
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: 'electron/main/atomicWrite.ts',
        formats: ['es'],
        fileName: () => 'atomicWrite.mjs',
      },
      rollupOptions: { external: (id) => id.startsWith('node:') },
    },
  });
  await writeFile(join(dir, 'child.mjs'), CHILD);
}, 60_000);

function runChild(
  target: string,
  mode: 'throw' | 'kill',
): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'child.mjs'), target, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (mode === 'kill' && output.includes('writing'))
        setTimeout(() => child.kill('SIGKILL'), 15);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('a crash during an atomic write', () => {
  it('an uncaught error mid-write kills the process and leaves the old file whole', async () => {
    const target = join(dir, 'throw.json');
    await writeFile(target, '{"old":true}');
    const { code, output } = await runChild(target, 'throw');
    expect(code).not.toBe(0);
    expect(output).toContain('uncaught mid-write');
    expect(await readFile(target, 'utf8')).toBe('{"old":true}');
  });

  it('SIGKILL mid-write leaves either the old file or the complete new one', async () => {
    const target = join(dir, 'kill.json');
    await writeFile(target, '{"old":true}');
    const { signal, output } = await runChild(target, 'kill');
    const size = (await stat(target)).size;
    if (output.includes('done')) expect(size).toBe(NEW_SIZE);
    else {
      expect(signal).toBe('SIGKILL');
      expect(await readFile(target, 'utf8')).toBe('{"old":true}');
    }
    // Whatever survived is never the target half-written; a stray temp file may remain beside it.
    expect((await readdir(dir)).filter((name) => name === 'kill.json')).toHaveLength(1);
  });
});
