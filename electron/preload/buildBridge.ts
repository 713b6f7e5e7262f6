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
    onMenuCommand: (listener) => subscribe(ipc, menuChannel, MenuCommand, listener),
    onRoomEvent: (listener) => subscribe(ipc, ROOM_EVENT_CHANNEL, ServerToHost, listener),
  } satisfies ParleyBridge;
}

/** Main → page messages reach a listener only if they match the channel's schema. */
function subscribe<T>(
  ipc: RendererIpc,
  channel: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  listener: (value: T) => void,
): () => void {
  const wrapped = (_event: unknown, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
  ipc.on(channel, wrapped);
  return () => ipc.removeListener(channel, wrapped);
}
