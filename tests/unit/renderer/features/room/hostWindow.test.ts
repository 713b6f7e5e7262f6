import { describe, expect, it } from 'vitest';

import { hostWindowIn, relaysHere } from '#renderer/features/room/hostWindow';

/** A Storage that keeps its items in a Map, as one tab's sessionStorage does. */
function tabStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('the window that relays for the room', () => {
  it('keeps one id per tab across reloads, and gives another tab its own', () => {
    const tab = tabStorage();
    const first = hostWindowIn(tab);
    expect(first).toMatch(/^[\w-]{8,64}$/);
    expect(hostWindowIn(tab)).toBe(first);
    expect(hostWindowIn(tabStorage())).not.toBe(first);
  });

  it('replaces a stored id that is not one', () => {
    const tab = tabStorage();
    tab.setItem('parley-room-window', '<script>');
    expect(hostWindowIn(tab)).toMatch(/^[\w-]{8,64}$/);
  });

  it('relays only in the window that opened the room, for its session', () => {
    const status = { open: true, sessionId: 's-1', hostWindow: 'window-aaaa' };
    expect(relaysHere(status, 's-1', 'window-aaaa')).toBe(true);
    expect(relaysHere(status, 's-1', 'window-bbbb')).toBe(false);
    expect(relaysHere(status, 's-2', 'window-aaaa')).toBe(false);
    expect(relaysHere({ ...status, open: false }, 's-1', 'window-aaaa')).toBe(false);
  });
});
