import { describe, expect, it, vi } from 'vitest';

import { buildBridge } from '#electron/preload/buildBridge';
import { ipcContract } from '#shared/ipc/contract';

function fakeIpc() {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({
      ok: true,
      value: { channel, args },
    })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    ),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.({}, ...args),
  };
}

describe('the preload bridge', () => {
  it('exposes exactly one method per contract channel, plus the menu and room listeners', () => {
    const bridge = buildBridge(fakeIpc(), 'app:menu:command');
    expect(Object.keys(bridge).sort()).toEqual(
      [...Object.keys(ipcContract), 'onMenuCommand', 'onRoomEvent'].sort(),
    );
  });

  it('sends each method on its own channel', async () => {
    const ipc = fakeIpc();
    await buildBridge(ipc, 'm').saveFile({
      suggestedName: 'a.md',
      mimeType: 'text/markdown',
      data: 'x',
    });
    expect(ipc.invoke).toHaveBeenCalledWith('app:file:save', {
      suggestedName: 'a.md',
      mimeType: 'text/markdown',
      data: 'x',
    });
  });

  it('passes on only menu commands it knows, and unsubscribes', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const off = buildBridge(ipc, 'm').onMenuCommand(listener);
    ipc.emit('m', 'session.new');
    ipc.emit('m', 'rm -rf /');
    expect(listener.mock.calls).toEqual([['session.new']]);
    off();
    expect(ipc.removeListener).toHaveBeenCalled();
  });

  it('passes on only room events that match the contract', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    buildBridge(ipc, 'm').onRoomEvent(listener);
    ipc.emit('app:room:event', { type: 'phone-ready', phoneId: 'ph-1234' });
    ipc.emit('app:room:event', { type: 'phone-ready', phoneId: 'ph-1234', extra: 1 });
    expect(listener.mock.calls).toEqual([[{ type: 'phone-ready', phoneId: 'ph-1234' }]]);
  });
});
