import { ok } from '#shared/ipc/result';

import type { IpcHandlers } from './ipc/registerHandlers';

export function createAppInfoHandler(info: {
  version: string;
  platform: string;
  userData: string;
}): IpcHandlers['getAppInfo'] {
  return async () =>
    ok({
      name: 'Parley',
      version: info.version,
      shell: 'electron',
      platform: info.platform,
      dataLocation: info.userData,
    });
}
