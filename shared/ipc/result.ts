// Errors cross the IPC boundary as data, never as thrown exceptions: Electron flattens a thrown
// error into a string, which loses the code the renderer needs to show the right message.
export type IpcErrorCode =
  'forbidden-sender' | 'bad-request' | 'cancelled' | 'failed' | 'unavailable';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
