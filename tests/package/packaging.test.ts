import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

import {
  FUSE_DISABLED,
  FUSE_ENABLED,
  FUSE_POSITIONS,
  REQUIRED_FUSES,
  writeStandInElectron,
} from '#fixtures/electron/fuses';
import { CONTENT_SECURITY_POLICY } from '#shared/security/csp';

// Packaging is checked structurally (docs/architecture.md, "Browser mode"): the real Electron
// binary cannot be downloaded here, so electron-builder's `dir` target packs our app around a
// stand-in runtime folder, and the test reads the resulting app.asar.
describe('packaging', () => {
  it('builds app.asar holding the main entry, the preload and the renderer page', async () => {
    expect(existsSync('dist/electron/main.cjs'), 'run `npm run build` first').toBe(true);
    const standIn = await mkdtemp(join(tmpdir(), 'parley-electron-dist-'));
    // The stand-in carries a real fuse wire, so electronFuses is really flipped.
    await writeStandInElectron(standIn);
    const out = await mkdtemp(join(tmpdir(), 'parley-release-'));
    await mkdir(out, { recursive: true });
    execFileSync(
      'npx',
      [
        'electron-builder',
        '--config',
        'electron-builder.yml',
        '--linux',
        'dir',
        '--x64',
        `-c.electronDist=${standIn}`,
        `-c.directories.output=${out}`,
      ],
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

    // Fuses read back from the packaged binary, and the CSP inside the packaged page.
    const wire = await getCurrentFuseWire(join(out, 'linux-unpacked', 'parley'));
    for (const [name, on] of Object.entries(REQUIRED_FUSES)) {
      expect(wire[FUSE_POSITIONS[name as keyof typeof REQUIRED_FUSES]], name).toBe(
        on ? FUSE_ENABLED : FUSE_DISABLED,
      );
    }
    const page = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    );
  }, 180_000);
});

// With a real Electron binary, its fuse wire is the one electron-builder flips.
const realElectron = join(
  'node_modules',
  'electron',
  'dist',
  process.platform === 'win32' ? 'electron.exe' : 'electron',
);
describe('a real Electron binary', () => {
  if (!existsSync(realElectron))
    console.log(
      `fuses: no real Electron binary at ${realElectron}; read back from the stand-in's fuse wire only.`,
    );
  it.skipIf(!existsSync(realElectron))(
    'carries a fuse wire with every fuse Parley sets',
    async () => {
      const wire = await getCurrentFuseWire(realElectron);
      for (const name of Object.keys(REQUIRED_FUSES))
        expect(wire[FUSE_POSITIONS[name as keyof typeof REQUIRED_FUSES]], name).toBeDefined();
    },
  );
});
