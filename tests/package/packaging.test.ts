import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';

// Packaging is checked structurally (ARCHITECTURE §7): the real Electron binary cannot be
// downloaded here, so electron-builder's `dir` target packs our app around a stand-in runtime
// folder, and the test reads the resulting app.asar.
describe('packaging', () => {
  it('builds app.asar holding the main entry, the preload and the renderer page', async () => {
    expect(existsSync('dist/electron/main.cjs'), 'run `npm run build` first').toBe(true);
    const standIn = await mkdtemp(join(tmpdir(), 'parley-electron-dist-'));
    await writeFile(join(standIn, 'electron'), '#!/bin/sh\necho stand-in electron\n');
    await chmod(join(standIn, 'electron'), 0o755);
    const out = await mkdtemp(join(tmpdir(), 'parley-release-'));
    await mkdir(out, { recursive: true });
    execFileSync(
      'npx',
      ['electron-builder', '--config', 'electron-builder.yml', '--linux', 'dir', '--x64', `-c.electronDist=${standIn}`, `-c.directories.output=${out}`],
      { stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    const asar = join(out, 'linux-unpacked', 'resources', 'app.asar');
    expect(existsSync(asar)).toBe(true);
    const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    expect(files).toContain('/package.json');
    expect(files).toContain('/dist/electron/main.cjs');
    expect(files).toContain('/dist/electron/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    // Source maps and dependencies stay out: everything is bundled, so the asar holds only dist/.
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    expect(files.some((f) => f.startsWith('/node_modules/'))).toBe(false);
  }, 180_000);
});
