import { describe, expect, it, vi } from 'vitest';

import {
  makeSenderCheck,
  registerIpcHandlers,
  type InvokeEvent,
  type IpcHandlers,
} from '#electron/main/ipc/registerHandlers';
import { isOwnUrl } from '#electron/main/navigationGuard';
import { ipcContract } from '#shared/ipc/contract';
import { ok } from '#shared/ipc/result';
import { CLOSED_ROOM_STATUS } from '#shared/room/protocol';

function setup(handlers: Partial<IpcHandlers> = {}) {
  const registered = new Map<
    string,
    (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>
  >();
  const all: IpcHandlers = {
    getAppInfo: async () =>
      ok({
        name: 'Parley',
        version: '1',
        shell: 'electron',
        platform: 'linux',
        dataLocation: '/d',
      }),
    saveFile: vi.fn(async () => ok({ saved: true, location: '/tmp/x' })),
    openPresenter: async () => ok({ external: false, displayLabel: null }),
    closePresenter: async () => ok({ closed: true }),
    writeSnapshotFile: async () => ok({ written: true, location: '/tmp/s.json' }),
    printToPdf: vi.fn(async () => ok({ saved: true, location: '/tmp/x.pdf' })),
    // — room —
    openRoom: async () => ok(CLOSED_ROOM_STATUS),
    closeRoom: async () => ok(CLOSED_ROOM_STATUS),
    sendToRoom: async () => ok({ sent: true }),
    getRoomStatus: async () => ok(CLOSED_ROOM_STATUS),
    ...handlers,
  };
  const log = vi.fn();
  registerIpcHandlers(
    { handle: (channel, listener) => registered.set(channel, listener) },
    all,
    makeSenderCheck(
      () =>
        new Map([
          [7, 'facilitator'],
          [8, 'room'],
        ]),
      isOwnUrl,
    ),
    log,
  );
  const ours: InvokeEvent = { sender: { id: 7 }, senderFrame: { url: 'app://parley/index.html' } };
  return { registered, all, log, ours };
}

describe('the IPC wrapper', () => {
  it('registers every channel of the contract', () => {
    // Derived from the contract so each feature's new channel is covered without editing this line.
    expect([...setup().registered.keys()].sort()).toEqual(
      Object.values(ipcContract)
        .map((c) => c.channel)
        .sort(),
    );
    expect([...setup().registered.keys()]).toEqual(
      expect.arrayContaining(['app:file:save', 'app:info:get']),
    );
  });

  it('answers our own window', async () => {
    const { registered, ours } = setup();
    expect(await registered.get('app:info:get')!(ours, {})).toMatchObject({
      ok: true,
      value: { name: 'Parley' },
    });
  });

  it('refuses a window we did not create, or a frame from another origin', async () => {
    const { registered, all, log } = setup();
    const save = registered.get('app:file:save')!;
    const request = { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' };
    expect(
      await save({ sender: { id: 99 }, senderFrame: { url: 'app://parley/index.html' } }, request),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(
      await save({ sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }, request),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await save({ sender: { id: 7 }, senderFrame: null }, request)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(all.saveFile).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('gives the room view only the channels it uses: it may close itself, nothing else', async () => {
    const { registered, all } = setup();
    const room: InvokeEvent = {
      sender: { id: 8 },
      senderFrame: { url: 'app://parley/index.html' },
    };
    expect(await registered.get('app:presenter:close')!(room, {})).toMatchObject({ ok: true });
    const refused = {
      'app:file:save': { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' },
      'app:export:printToPdf': { html: '<p>x</p>', suggestedName: 'a.pdf' },
      'app:recovery:writeSnapshot': {
        fileName: 'snapshot-20260102T030405006Z-a.json',
        json: '{}',
      },
      'app:presenter:open': { sessionId: 's-1' },
      'app:info:get': {},
    };
    for (const [channel, request] of Object.entries(refused))
      expect(await registered.get(channel)!(room, request), channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    expect(all.saveFile).not.toHaveBeenCalled();
    expect(all.printToPdf).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments before the handler sees them', async () => {
    const { registered, all, ours } = setup();
    const save = registered.get('app:file:save')!;
    for (const args of [
      [],
      [{}],
      [{ suggestedName: '../x', mimeType: 't', data: 'x' }],
      [{ suggestedName: 'a', mimeType: 't', data: 42 }],
      ['a', 'b'],
    ]) {
      expect(await save(ours, ...args)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(all.saveFile).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a typed failure instead of crossing the boundary raw', async () => {
    const { registered, ours, log } = setup({
      getAppInfo: async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await registered.get('app:info:get')!(ours, {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
    expect(log.mock.calls[0]![0]).toContain('disk on fire');
  });
});
