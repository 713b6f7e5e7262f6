import { routeHref } from './useHashRoute';

/** Shown where a screen's session has been deleted (in this window or another one). */
export function MissingSessionPanel() {
  return (
    <div className="panel missing" role="alert">
      <h1>This session no longer exists</h1>
      <p>It may have been deleted. Your other sessions are safe.</p>
      <a className="button" href={routeHref({ name: 'home' })}>
        Back to all sessions
      </a>
    </div>
  );
}
