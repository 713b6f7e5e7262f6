import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { flipFuses, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

import {
  FUSE_DISABLED,
  FUSE_ENABLED,
  FUSE_POSITIONS,
  readFuseBlock,
  REQUIRED_FUSES,
  writeStandInElectron,
} from '#fixtures/electron/fuses';

describe('Electron fuses at packaging', () => {
  const block = readFuseBlock(readFileSync('electron-builder.yml', 'utf8'));

  it('electron-builder.yml sets every required fuse to its safe value', () => {
    expect(block).not.toBeNull();
    expect(block).toMatchObject(REQUIRED_FUSES);
  });

  it('the stand-in binary starts with Electron’s unsafe defaults, and the configured flip makes every fuse safe', async () => {
    const binary = await writeStandInElectron(await mkdtemp(join(tmpdir(), 'parley-fuses-')));
    const before = await getCurrentFuseWire(binary);
    expect(before[FUSE_POSITIONS.runAsNode]).toBe(FUSE_ENABLED);
    expect(before[FUSE_POSITIONS.onlyLoadAppFromAsar]).toBe(FUSE_DISABLED);

    const config = Object.fromEntries(
      Object.entries(REQUIRED_FUSES).map(([name, on]) => [
        FUSE_POSITIONS[name as keyof typeof REQUIRED_FUSES],
        block![name] ?? !on,
      ]),
    );
    await flipFuses(binary, { version: FuseVersion.V1, ...config });
    const after = await getCurrentFuseWire(binary);
    for (const [name, on] of Object.entries(REQUIRED_FUSES)) {
      expect(after[FUSE_POSITIONS[name as keyof typeof REQUIRED_FUSES]], name).toBe(
        on ? FUSE_ENABLED : FUSE_DISABLED,
      );
    }
  });
});
