import { describe, expect, it } from 'vitest';

import { parseRoute, routeHref } from '#renderer/ui/useHashRoute';

describe('hash routes', () => {
  it('round-trips every route', () => {
    for (const route of [
      { name: 'home' },
      { name: 'new-session' },
      { name: 'session', sessionId: 'abc-123' },
    ] as const) {
      expect(parseRoute(routeHref(route as never))).toEqual(route);
    }
  });

  it('treats anything unknown or hostile as home', () => {
    for (const hash of ['', '#', '#/nope', '#/session/', '#/session/<script>', '#/session/a/b'])
      expect(parseRoute(hash)).toEqual({ name: 'home' });
  });
});
