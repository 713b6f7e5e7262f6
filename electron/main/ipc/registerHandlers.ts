import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '#shared/ipc/contract';
import { fail, ok, type IpcResult } from '#shared/ipc/result';
import { WINDOW_CHANNELS, type WindowRole } from '#shared/ipc/windowChannels';

/** The minimum of an IpcMainInvokeEvent the wrapper needs, so tests can fake it. */
export interface InvokeEvent {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export type IpcHandlers = {
  [M in IpcMethod]: (
    request: IpcParsedRequest<M>,
    event: InvokeEvent,
  ) => Promise<IpcResult<IpcResponse<M>>>;
};

/** Whether this sender may use this method (who asks, then whether that window may ask it). */
export type SenderCheck = (event: InvokeEvent, method: IpcMethod) => boolean;

/**
 * Registers every channel of the contract through one wrapper (docs/architecture.md, "The IPC
 * contract"): it checks *who* is asking (one of our windows, on our origin) before *what* is asked,
 * parses the argument with the channel's schema, and turns any exception into a typed error.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: SenderCheck,
  log: (message: string) => void,
): void {
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    const { channel, request } = ipcContract[method];
    const handler = handlers[method] as (
      req: unknown,
      event: InvokeEvent,
    ) => Promise<IpcResult<unknown>>;
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, method)) {
        log(`ipc: refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return fail('forbidden-sender', 'This window may not use Parley’s native features.');
      }
      if (args.length !== 1) return fail('bad-request', `${channel} takes exactly one argument.`);
      const parsed = request.safeParse(args[0]);
      if (!parsed.success)
        return fail(
          'bad-request',
          `${channel}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        );
      try {
        return await handler(parsed.data, event);
      } catch (error) {
        log(
          `ipc: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return fail('failed', error instanceof Error ? error.message : 'Something went wrong.');
      }
    });
  }
}

/**
 * Trust a sender only if it is one of the windows main created, its frame is on our origin, and
 * its kind of window may use the method (WINDOW_CHANNELS: the room view gets only what it uses).
 */
export function makeSenderCheck(
  ownWindowRoles: () => ReadonlyMap<number, WindowRole>,
  isOwnUrl: (url: string) => boolean,
): SenderCheck {
  return (event, method) => {
    const role = ownWindowRoles().get(event.sender.id);
    return (
      role !== undefined &&
      WINDOW_CHANNELS[role].includes(method) &&
      event.senderFrame !== null &&
      isOwnUrl(event.senderFrame.url)
    );
  };
}

export { ok };
