import type { IpcHandlers } from './ipc/registerHandlers';
import { ok } from '../../shared/ipc/result';

export function createAppInfoHandler(info: { version: string; platform: string; userData: string }): IpcHandlers['getAppInfo'] {
  return async () => ok({ name: 'Parley', version: info.version, shell: 'electron', platform: info.platform, dataLocation: info.userData });
}
