import { routeHref } from './useHashRoute';

/**
 * Shown instead of an empty list when a read failed: the data is very likely still there, so the
 * screen says so and offers the ways out — read again, or go to the recovery snapshots.
 */
export function ReadFailedPanel({
  what,
  detail,
  offerRestore = true,
}: {
  what: string;
  detail: string;
  offerRestore?: boolean;
}) {
  return (
    <div className="panel read-failed" role="alert">
      <h2>Parley could not read {what}</h2>
      <p>
        Nothing has been deleted. The database did not answer this time; reading again usually
        works.
      </p>
      <pre className="crash-detail">{detail}</pre>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          Read again
        </button>
        {offerRestore && (
          <a className="button" href={routeHref({ name: 'restore' })}>
            Recovery snapshots
          </a>
        )}
      </div>
    </div>
  );
}
