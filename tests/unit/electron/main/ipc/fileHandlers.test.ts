import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { syncPath, writeFileAtomically } from '#electron/main/atomicWrite';
import { createSaveFileHandler } from '#electron/main/ipc/fileHandlers';

const realFs = { writeFile, rename, rm, fsync: syncPath };
const event = { sender: { id: 1 }, senderFrame: { url: 'app://parley/' } };

describe('a durable write', () => {
  it('writes, flushes the file, renames, then flushes the folder — in that order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-sync-'));
    const target = join(dir, 'state.json');
    const calls: string[] = [];
    const name = (p: string) => (p === dir ? 'folder' : p === target ? 'target' : 'temp');
    const recording = {
      writeFile: async (p: string, d: string | Uint8Array) => {
        calls.push(`write ${name(p)}`);
        await writeFile(p, d);
      },
      fsync: async (p: string) => {
        calls.push(`fsync ${name(p)}`);
        await syncPath(p);
      },
      rename: async (a: string, b: string) => {
        calls.push(`rename ${name(a)} → ${name(b)}`);
        await rename(a, b);
      },
      rm,
    };
    await writeFileAtomically(recording, target, '{"n":1}', 'n0');
    expect(calls).toEqual(['write temp', 'fsync temp', 'rename temp → target', 'fsync folder']);
    expect(await readFile(target, 'utf8')).toBe('{"n":1}');
    await expect(syncPath(dir)).resolves.toBeUndefined();
  });
});

describe('atomic file writing', () => {
  it('replaces the target in one step and leaves no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-'));
    const target = join(dir, 'agreement.md');
    await writeFile(target, 'old');
    await writeFileAtomically(realFs, target, 'new', 'n1');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['agreement.md']);
  });

  it('keeps the previous file whole when the write fails midway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-'));
    const target = join(dir, 'agreement.md');
    await writeFile(target, 'the old, complete file');
    const failingFs = {
      ...realFs,
      writeFile: async (path: string, data: string | Uint8Array) => {
        await writeFile(path, String(data).slice(0, 3));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomically(failingFs, target, 'new content', 'n2')).rejects.toThrow(
      /no space/,
    );
    expect(await readFile(target, 'utf8')).toBe('the old, complete file');
    expect(await readdir(dir)).toEqual(['agreement.md']);
  });
});

describe('the save-file handler', () => {
  it('writes where the user chose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-'));
    const target = join(dir, 'write-up.md');
    const save = createSaveFileHandler({ chooseSavePath: async () => target }, realFs);
    expect(
      await save(
        { suggestedName: 'write-up.md', mimeType: 'text/markdown', data: '# Write-up' },
        event,
      ),
    ).toEqual({ ok: true, value: { saved: true, location: target } });
    expect(await readFile(target, 'utf8')).toBe('# Write-up');
    await rm(dir, { recursive: true });
  });

  it('reports a cancelled dialog as not saved, writing nothing', async () => {
    const save = createSaveFileHandler(
      { chooseSavePath: async () => null },
      { ...realFs, writeFile: async () => expect.unreachable() },
    );
    expect(
      await save({ suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' }, event),
    ).toEqual({ ok: true, value: { saved: false, location: null } });
  });

  it('explains a full disk in words', async () => {
    const save = createSaveFileHandler(
      { chooseSavePath: async () => '/tmp/parley-never.md' },
      {
        ...realFs,
        writeFile: async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOSPC' })),
      },
    );
    const result = await save(
      { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' },
      event,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!result.ok) expect(result.error.message).toContain('the disk is full');
  });
});
