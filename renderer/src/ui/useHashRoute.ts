import { useSyncExternalStore, type ReactNode } from 'react';

import type { SessionId, WorkshopId } from '#shared/domain/ids';

/**
 * Every screen's address. The union is the app's link vocabulary: any feature may link to any
 * screen by name, so it sits here, below the features; each screen itself is registered by the
 * feature that draws it (`screens` in its index.ts, gathered in app/features.ts).
 */
export type Route =
  | { name: 'home' }
  | { name: 'new-session' }
  | { name: 'session'; sessionId: SessionId }
  | { name: 'stage-plan'; sessionId: SessionId }
  | { name: 'present'; sessionId: SessionId }
  | { name: 'agreement'; sessionId: SessionId }
  /** `from`/`to` are version numbers, or 'current' for the live draft. */
  | { name: 'agreement-compare'; sessionId: SessionId; from: string; to: string }
  /** A review of an agreed version after the day (docs/review.md). */
  | { name: 'agreement-review'; sessionId: SessionId; reviewId: string }
  | { name: 'restore' }
  /** An away day's groups side by side (docs/synthesis.md). */
  | { name: 'synthesis'; workshopId: WorkshopId };

export type RouteName = Route['name'];
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** The screens a feature draws, by route name. */
export type RouteScreens = { [N in RouteName]?: (route: RouteOf<N>) => ReactNode };

interface Address<N extends RouteName> {
  /** The path after '#', matched whole; its groups are the route's parameters, in order. */
  path: RegExp;
  route(groups: string[]): RouteOf<N>;
  href(route: RouteOf<N>): string;
}

const ID = '([\\w-]{1,64})';
const VERSION = '(\\d{1,4}|current)';
const whole = (pattern: string) => new RegExp(`^${pattern}$`);
const sessionId = (id: string | undefined) => id as SessionId;

const ADDRESSES: { [N in RouteName]: Address<N> } = {
  home: { path: whole('/'), route: () => ({ name: 'home' }), href: () => '#/' },
  'new-session': {
    path: whole('/new'),
    route: () => ({ name: 'new-session' }),
    href: () => '#/new',
  },
  session: {
    path: whole(`/session/${ID}`),
    route: ([id]) => ({ name: 'session', sessionId: sessionId(id) }),
    href: (r) => `#/session/${r.sessionId}`,
  },
  'stage-plan': {
    path: whole(`/session/${ID}/plan`),
    route: ([id]) => ({ name: 'stage-plan', sessionId: sessionId(id) }),
    href: (r) => `#/session/${r.sessionId}/plan`,
  },
  present: {
    path: whole(`/present/${ID}`),
    route: ([id]) => ({ name: 'present', sessionId: sessionId(id) }),
    href: (r) => `#/present/${r.sessionId}`,
  },
  agreement: {
    path: whole(`/session/${ID}/agreement`),
    route: ([id]) => ({ name: 'agreement', sessionId: sessionId(id) }),
    href: (r) => `#/session/${r.sessionId}/agreement`,
  },
  'agreement-compare': {
    path: whole(`/session/${ID}/agreement/compare/${VERSION}/${VERSION}`),
    route: ([id, from, to]) => ({
      name: 'agreement-compare',
      sessionId: sessionId(id),
      from: from!,
      to: to!,
    }),
    href: (r) => `#/session/${r.sessionId}/agreement/compare/${r.from}/${r.to}`,
  },
  'agreement-review': {
    path: whole(`/session/${ID}/agreement/review/${ID}`),
    route: ([id, reviewId]) => ({
      name: 'agreement-review',
      sessionId: sessionId(id),
      reviewId: reviewId!,
    }),
    href: (r) => `#/session/${r.sessionId}/agreement/review/${r.reviewId}`,
  },
  restore: { path: whole('/restore'), route: () => ({ name: 'restore' }), href: () => '#/restore' },
  synthesis: {
    path: whole(`/away-day/${ID}/synthesis`),
    route: ([id]) => ({ name: 'synthesis', workshopId: id as WorkshopId }),
    href: (r) => `#/away-day/${r.workshopId}/synthesis`,
  },
};

export const ROUTE_NAMES = Object.keys(ADDRESSES) as RouteName[];

/**
 * Hash routes work the same under app://parley/index.html and http://127.0.0.1, and a reload
 * lands on the same screen, which matters when a facilitator presses F5 mid-session. Anything
 * unknown is home.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  for (const name of ROUTE_NAMES) {
    const match = ADDRESSES[name].path.exec(path);
    if (match) return ADDRESSES[name].route(match.slice(1));
  }
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  return (ADDRESSES[route.name] as Address<RouteName>).href(route);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
