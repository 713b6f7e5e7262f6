import { describe, expect, it } from 'vitest';

import { ipcContract, SaveFileRequest } from '#shared/ipc/contract';

describe('the IPC contract', () => {
  it('namespaces every channel under app:', () => {
    for (const { channel } of Object.values(ipcContract))
      expect(channel).toMatch(/^app:[a-z]+:[a-zA-Z]+$/);
  });

  it('accepts a plain file name to save', () => {
    expect(
      SaveFileRequest.safeParse({
        suggestedName: 'agreement.md',
        mimeType: 'text/markdown',
        data: '# Draft',
      }).success,
    ).toBe(true);
  });

  it('refuses a suggested name that is really a path, or extra fields', () => {
    for (const suggestedName of ['../evil.sh', 'a/b.md', 'C:\\Windows\\x.dll', '..', '']) {
      expect(
        SaveFileRequest.safeParse({ suggestedName, mimeType: 'text/plain', data: 'x' }).success,
        suggestedName,
      ).toBe(false);
    }
    expect(
      SaveFileRequest.safeParse({
        suggestedName: 'a.md',
        mimeType: 'text/plain',
        data: 'x',
        path: '/etc/passwd',
      }).success,
    ).toBe(false);
  });
});
