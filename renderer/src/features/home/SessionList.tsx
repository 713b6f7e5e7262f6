import type { WorkshopId } from '#shared/domain/ids';
import type { Workshop } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { formatLastEdited } from '../../ui/formatTime';
import { routeHref } from '../../ui/useHashRoute';
import { AwayDayHeading } from './AwayDayHeading';
import { fileSession } from './commands/awayDayCommands';
import { SessionDeleteControl } from './SessionDeleteControl';
import { SessionRenameControl } from './SessionRenameControl';
import type { SessionSummary } from './useSessionSummaries';

interface Props {
  sessions: readonly SessionSummary[];
  awayDays: readonly Workshop[];
  now: number;
}

/**
 * The sessions, newest edit first. Once there are away days, each has its own group (the
 * organiser sees which groups' sessions make up the day) and the rest follow; with none, a plain
 * list, as before anyone needed them.
 */
export function SessionList({ sessions, awayDays, now }: Props) {
  if (awayDays.length === 0)
    return <SessionItems label="Sessions" sessions={sessions} awayDays={awayDays} now={now} />;
  const unfiled = sessions.filter(
    (s) => s.workshopId === null || !awayDays.some((d) => d.id === s.workshopId),
  );
  return (
    <div className="away-day-groups">
      {awayDays.map((day) => {
        const filed = sessions.filter((s) => s.workshopId === day.id);
        return (
          <section key={day.id} className="away-day-group" aria-labelledby={`away-day-${day.id}`}>
            <AwayDayHeading
              day={day}
              headingId={`away-day-${day.id}`}
              sessionCount={filed.length}
            />
            <SessionItems
              label={`Sessions of ${day.name}`}
              sessions={filed}
              awayDays={awayDays}
              now={now}
            />
          </section>
        );
      })}
      <section className="away-day-group" aria-labelledby="away-day-none">
        <h3 id="away-day-none">Not in an away day</h3>
        <SessionItems label="Sessions" sessions={unfiled} awayDays={awayDays} now={now} />
      </section>
    </div>
  );
}

function SessionItems({ label, sessions, awayDays, now }: Props & { label: string }) {
  if (sessions.length === 0) return <p className="hint">No sessions here yet.</p>;
  return (
    <ul className="session-list" aria-label={label}>
      {sessions.map((s) => (
        <li key={s.id} className="session-item">
          <a className="session-link" href={routeHref({ name: 'session', sessionId: s.id })}>
            <span className="session-title">{s.title}</span>
            <span className="session-proposition">{s.proposition}</span>
            <span className="session-edited">
              Last edited{' '}
              <time dateTime={new Date(s.updatedAt).toISOString()}>
                {formatLastEdited(s.updatedAt, now)}
              </time>
            </span>
          </a>
          {awayDays.length > 0 && <AwayDaySelect session={s} awayDays={awayDays} />}
          <SessionRenameControl session={s} />
          <SessionDeleteControl session={s} />
        </li>
      ))}
    </ul>
  );
}

function AwayDaySelect({
  session,
  awayDays,
}: {
  session: SessionSummary;
  awayDays: readonly Workshop[];
}) {
  const run = useRunWithNotice();
  async function move(value: string) {
    await run(fileSession, {
      sessionId: session.id,
      workshopId: value === '' ? null : (value as WorkshopId),
    });
  }
  return (
    <select
      className="session-away-day"
      aria-label={`Away day for ${session.title}`}
      value={session.workshopId ?? ''}
      onChange={(e) => void move(e.target.value)}
    >
      <option value="">Not in an away day</option>
      {awayDays.map((day) => (
        <option key={day.id} value={day.id}>
          {day.name}
        </option>
      ))}
    </select>
  );
}
