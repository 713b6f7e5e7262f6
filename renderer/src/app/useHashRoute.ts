import { useSyncExternalStore } from 'react';

import type { SessionId } from '#shared/domain/ids';

export type Route =
  | { name: 'home' }
  | { name: 'new-session' }
  | { name: 'session'; sessionId: SessionId }

  // — guided facilitation routes —
  | { name: 'stage-plan'; sessionId: SessionId }

  // — presenter routes —
  | { name: 'present'; sessionId: SessionId }

  // — agreement routes —
  | { name: 'agreement'; sessionId: SessionId }
  /** `from`/`to` are version numbers, or 'current' for the live draft. */
  | { name: 'agreement-compare'; sessionId: SessionId; from: string; to: string }

  // — recovery routes —
  | { name: 'restore' };

/**
 * Hash routes work the same under app://parley/index.html and http://127.0.0.1, and a reload
 * lands on the same screen, which matters when a facilitator presses F5 mid-session.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  // — guided facilitation parse —
  const stagePlan = /^\/session\/([\w-]{1,64})\/plan$/.exec(path);
  if (stagePlan?.[1]) return { name: 'stage-plan', sessionId: stagePlan[1] as SessionId };

  // — presenter parse —
  const present = /^\/present\/([\w-]{1,64})$/.exec(path);
  if (present?.[1]) return { name: 'present', sessionId: present[1] as SessionId };

  // — agreement parse —
  const agreement =
    /^\/session\/([\w-]{1,64})\/agreement(?:\/compare\/(\d{1,4}|current)\/(\d{1,4}|current))?$/.exec(
      path,
    );
  if (agreement?.[1] && agreement[2] && agreement[3])
    return {
      name: 'agreement-compare',
      sessionId: agreement[1] as SessionId,
      from: agreement[2],
      to: agreement[3],
    };
  if (agreement?.[1]) return { name: 'agreement', sessionId: agreement[1] as SessionId };

  // — recovery parse —
  if (path === '/restore') return { name: 'restore' };

  const session = /^\/session\/([\w-]{1,64})$/.exec(path);
  if (session?.[1]) return { name: 'session', sessionId: session[1] as SessionId };
  if (path === '/new') return { name: 'new-session' };
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'session':
      return `#/session/${route.sessionId}`;
    case 'new-session':
      return '#/new';
    case 'home':
      return '#/';

    // — guided facilitation hrefs —
    case 'stage-plan':
      return `#/session/${route.sessionId}/plan`;

    // — presenter hrefs —
    case 'present':
      return `#/present/${route.sessionId}`;

    // — agreement hrefs —
    case 'agreement':
      return `#/session/${route.sessionId}/agreement`;
    case 'agreement-compare':
      return `#/session/${route.sessionId}/agreement/compare/${route.from}/${route.to}`;

    // — recovery hrefs —
    case 'restore':
      return '#/restore';
  }
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
