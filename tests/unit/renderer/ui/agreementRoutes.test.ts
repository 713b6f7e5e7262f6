import { describe, expect, it } from 'vitest';

import { parseRoute, routeHref } from '#renderer/ui/useHashRoute';

describe('agreement routes', () => {
  it('round-trip the agreement view and a comparison, so a reload lands on the same screen', () => {
    for (const route of [
      { name: 'agreement', sessionId: 'abc-123' },
      { name: 'agreement-compare', sessionId: 'abc-123', from: '1', to: '2' },
      { name: 'agreement-compare', sessionId: 'abc-123', from: '2', to: 'current' },
      { name: 'agreement-review', sessionId: 'abc-123', reviewId: 'review-9' },
    ] as const) {
      expect(parseRoute(routeHref(route as never))).toEqual(route);
    }
  });

  it('treat a malformed comparison as home', () => {
    for (const hash of [
      '#/session/a/agreement/compare/1',
      '#/session/a/agreement/compare/x/2',
      '#/session/a/agreement/extra',
      '#/session/<b>/agreement',
      '#/session/a/agreement/review/',
      '#/session/a/agreement/review/<x>',
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'home' });
    }
  });
});
