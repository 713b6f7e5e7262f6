import { describe, expect, it } from 'vitest';

import { parseRoute, ROUTE_NAMES, routeHref, type Route } from '#renderer/ui/useHashRoute';

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

  it('round-trips one route of every name, at the address it always had', () => {
    const examples: Record<string, [Route, string]> = {
      home: [{ name: 'home' }, '#/'],
      'new-session': [{ name: 'new-session' }, '#/new'],
      session: [{ name: 'session', sessionId: 's1' as never }, '#/session/s1'],
      'stage-plan': [{ name: 'stage-plan', sessionId: 's1' as never }, '#/session/s1/plan'],
      present: [{ name: 'present', sessionId: 's1' as never }, '#/present/s1'],
      agreement: [{ name: 'agreement', sessionId: 's1' as never }, '#/session/s1/agreement'],
      'agreement-compare': [
        { name: 'agreement-compare', sessionId: 's1' as never, from: '2', to: 'current' },
        '#/session/s1/agreement/compare/2/current',
      ],
      'agreement-review': [
        { name: 'agreement-review', sessionId: 's1' as never, reviewId: 'r1' },
        '#/session/s1/agreement/review/r1',
      ],
      restore: [{ name: 'restore' }, '#/restore'],
      synthesis: [{ name: 'synthesis', workshopId: 'w1' as never }, '#/away-day/w1/synthesis'],
    };
    expect(Object.keys(examples).sort()).toEqual([...ROUTE_NAMES].sort());
    for (const [route, href] of Object.values(examples)) {
      expect(routeHref(route)).toBe(href);
      expect(parseRoute(href)).toEqual(route);
    }
  });

  it('treats anything unknown or hostile as home', () => {
    for (const hash of ['', '#', '#/nope', '#/session/', '#/session/<script>', '#/session/a/b'])
      expect(parseRoute(hash)).toEqual({ name: 'home' });
  });
});
