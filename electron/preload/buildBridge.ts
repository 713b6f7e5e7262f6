import { ipcContract, MenuCommand, type IpcMethod, type ParleyBridge } from '#shared/ipc/contract';
import { ROOM_EVENT_CHANNEL } from '#shared/ipc/roomContract';
import { ServerToHost } from '#shared/room/protocol';

export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

/**
 * Builds `window.parley` from the contract: one method per channel and nothing else. The page
 * never receives ipcRenderer itself, so it cannot send on channels we did not define.
 */
export function buildBridge(ipc: RendererIpc, menuChannel: string): ParleyBridge {
  const methods = {} as Record<IpcMethod, (request: unknown) => Promise<unknown>>;
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    const { channel } = ipcContract[method];
    methods[method] = (request) => ipc.invoke(channel, request);
  }
  return {
    ...(methods as unknown as Omit<ParleyBridge, 'onMenuCommand' | 'onRoomEvent'>),
    onMenuCommand(listener) {
      const wrapped = (_event: unknown, command: unknown) => {
        const parsed = MenuCommand.safeParse(command);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(menuChannel, wrapped);
      return () => ipc.removeListener(menuChannel, wrapped);
    },
    onRoomEvent(listener) {
      const wrapped = (_event: unknown, message: unknown) => {
        const parsed = ServerToHost.safeParse(message);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(ROOM_EVENT_CHANNEL, wrapped);
      return () => ipc.removeListener(ROOM_EVENT_CHANNEL, wrapped);
    },
  } satisfies ParleyBridge;
}
