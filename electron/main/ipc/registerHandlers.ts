import {
  ipcContract,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '#shared/ipc/contract';
import { fail, ok, type IpcResult } from '#shared/ipc/result';

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

export type SenderCheck = (event: InvokeEvent) => boolean;

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
      if (!isTrustedSender(event)) {
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

/** Trust a sender only if it is one of the windows main created and its frame is on our origin. */
export function makeSenderCheck(
  ownWebContentsIds: () => ReadonlySet<number>,
  isOwnUrl: (url: string) => boolean,
): SenderCheck {
  return (event) =>
    ownWebContentsIds().has(event.sender.id) &&
    event.senderFrame !== null &&
    isOwnUrl(event.senderFrame.url);
}

export { ok };
