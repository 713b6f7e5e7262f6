import type { Page } from '@playwright/test';

/**
 * Faults injected from the test side only, through page.addInitScript: production code has no
 * switch for them. Each fault is armed by a sessionStorage key so a test can turn it on and off
 * across reloads of the same tab.
 */
export async function installStorageFaults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const armed = (key: string) => sessionStorage.getItem(key) === '1';
    // Writes: the browser refuses them as it does when the disk or the origin's quota is full.
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (armed('parley-fail-writes'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as IDBObjectStore['put'];
    }
    // Reads: the database does not answer (a damaged profile, a disk error).
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as const) {
      for (const method of ['get', 'getAll', 'openCursor', 'count'] as const) {
        const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[
          method
        ]!;
        (proto as unknown as Record<string, unknown>)[method] = function (
          this: unknown,
          ...args: unknown[]
        ) {
          if (armed('parley-fail-reads'))
            throw new DOMException('Simulated read failure.', 'UnknownError');
          return original.apply(this, args);
        };
      }
    }
  });
}

export async function setFault(page: Page, fault: 'writes' | 'reads', on: boolean): Promise<void> {
  await page.evaluate(
    ([key, value]) => (value ? sessionStorage.setItem(key!, '1') : sessionStorage.removeItem(key!)),
    [`parley-fail-${fault}`, on ? '1' : ''] as const,
  );
}
