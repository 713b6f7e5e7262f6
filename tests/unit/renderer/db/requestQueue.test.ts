import { describe, expect, it } from 'vitest';

import { RequestQueue } from '#renderer/db/requestQueue';

function request() {
  let settle!: { resolve(): void; reject(e: Error): void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('RequestQueue', () => {
  it('lets two requests wait at once and waits for the oldest before taking a third', async () => {
    const queue = new RequestQueue(2);
    const [a, b] = [request(), request()];
    await queue.add(a.promise);
    let added = false;
    const adding = queue.add(b.promise).then(() => (added = true));
    await Promise.resolve();
    expect(added).toBe(false);
    a.resolve();
    await adding;
    expect(added).toBe(true);
    b.resolve();
    await queue.drain();
  });

  it('rethrows a failure when it is reached, and leaves none unhandled', async () => {
    const queue = new RequestQueue(4);
    const [a, b, c] = [request(), request(), request()];
    for (const r of [a, b, c]) await queue.add(r.promise);
    a.resolve();
    b.reject(new Error('QuotaExceededError'));
    c.reject(new Error('AbortError'));
    await expect(queue.drain()).rejects.toThrow('QuotaExceededError');
  });
});
