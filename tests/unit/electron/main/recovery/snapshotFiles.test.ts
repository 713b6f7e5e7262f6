import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { syncPath } from '#electron/main/atomicWrite';
import { createSnapshotFileHandler } from '#electron/main/recovery/snapshotFiles';
import { WriteSnapshotFileRequest } from '#shared/ipc/contract';
import { SNAPSHOT_KEEP, snapshotFileName } from '#shared/recovery/snapshot';

const realFs = { writeFile, rename, rm, mkdir, readdir, fsync: syncPath };
const event = { sender: { id: 1 }, senderFrame: { url: 'app://parley/' } };
let n = 0;
const nonce = () => `n${++n}`;

describe('snapshot files in the user-data folder', () => {
  it('are written whole, and only the newest SNAPSHOT_KEEP of our own files remain', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'parley-snap-')), 'snapshots');
    const write = createSnapshotFileHandler(folder, realFs, nonce);
    const names = Array.from({ length: SNAPSHOT_KEEP + 2 }, (_, i) =>
      snapshotFileName(Date.UTC(2026, 10, 28, 9, i), `id${i}`),
    );
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notes-from-the-user.txt'), 'mine');
    for (const [i, fileName] of names.entries()) {
      expect(await write({ fileName, json: `{"n":${i}}` }, event)).toEqual({
        ok: true,
        value: { written: true, location: join(folder, fileName) },
      });
    }
    expect((await readdir(folder)).sort()).toEqual(
      ['notes-from-the-user.txt', ...names.slice(2)].sort(),
    );
    expect(await readFile(join(folder, names.at(-1)!), 'utf8')).toBe(`{"n":${names.length - 1}}`);
  });

  it('never prune the file just written, even when a clock set back gives it the oldest name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parley-snap-'));
    const write = createSnapshotFileHandler(folder, realFs, nonce);
    for (let i = 0; i < SNAPSHOT_KEEP; i++)
      await write(
        { fileName: snapshotFileName(Date.UTC(2026, 10, 28, 9, i), `a${i}`), json: '{}' },
        event,
      );
    const backInTime = snapshotFileName(Date.UTC(2020, 0, 1), 'after-reset');
    await write({ fileName: backInTime, json: '{"latest":true}' }, event);
    const names = await readdir(folder);
    expect(names).toContain(backInTime);
    expect(names).toHaveLength(SNAPSHOT_KEEP);
  });

  it('take no count from the page: a request naming one is refused by the contract', () => {
    const request = { fileName: snapshotFileName(0, 'x'), json: '{}', keep: 1 };
    expect(WriteSnapshotFileRequest.safeParse(request).success).toBe(false);
  });

  it('report a full disk, leave no partial file, and keep the earlier snapshots', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parley-snap-'));
    const older = snapshotFileName(Date.UTC(2026, 10, 28, 9, 0), 'old');
    await writeFile(join(folder, older), '{"whole":true}');
    const fullDisk = {
      ...realFs,
      writeFile: async (path: string, data: string | Uint8Array) => {
        await writeFile(path, String(data).slice(0, 2));
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    const write = createSnapshotFileHandler(folder, fullDisk, nonce);
    const result = await write(
      {
        fileName: snapshotFileName(Date.UTC(2026, 10, 28, 9, 5), 'new'),
        json: '{"n":1}',
      },
      event,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/disk is full/) },
    });
    expect(await readdir(folder)).toEqual([older]);
    expect(await readFile(join(folder, older), 'utf8')).toBe('{"whole":true}');
  });
});
