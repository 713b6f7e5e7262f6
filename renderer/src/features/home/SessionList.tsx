import { formatLastEdited } from '../../ui/formatTime';
import { routeHref } from '../../app/useHashRoute';
import { SessionDeleteControl } from './SessionDeleteControl';
import type { SessionSummary } from './useSessionSummaries';

export function SessionList({ sessions, now }: { sessions: readonly SessionSummary[]; now: number }) {
  return (
    <ul className="session-list" aria-label="Sessions">
      {sessions.map((s) => (
        <li key={s.id} className="session-item">
          <a className="session-link" href={routeHref({ name: 'session', sessionId: s.id })}>
            <span className="session-title">{s.title}</span>
            <span className="session-proposition">{s.proposition}</span>
            <span className="session-edited">
              Last edited <time dateTime={new Date(s.updatedAt).toISOString()}>{formatLastEdited(s.updatedAt, now)}</time>
            </span>
          </a>
          <SessionDeleteControl session={s} />
        </li>
      ))}
    </ul>
  );
}
