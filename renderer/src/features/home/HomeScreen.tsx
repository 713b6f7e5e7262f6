import { isReadFailure } from '../../db/readOrFailure';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { navigate } from '../../ui/useHashRoute';
import { AwayDayForm } from './AwayDayForm';
import { useHomeParts } from './homeParts';
import { NewSessionForm } from './NewSessionForm';
import { SessionList } from './SessionList';
import { useAwayDays, useSessionSummaries } from './useSessionSummaries';

/** Home: the sessions, and the actions other features add (homeParts.ts). */
export function HomeScreen({ creating }: { creating: boolean }) {
  const { actions, panels } = useHomeParts();
  const sessions = useSessionSummaries();
  const awayDays = useAwayDays();
  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <div>
            <h1>Parley</h1>
            <p className="tagline">Away days that end in a negotiated agreement</p>
          </div>
        </div>
        {!creating && (
          <div className="home-actions">
            {actions.map((Action, i) => (
              <Action key={i} />
            ))}
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate({ name: 'new-session' })}
            >
              New session
            </button>
          </div>
        )}
      </header>
      <main className="home-main">
        {creating && <NewSessionForm onCancel={() => navigate({ name: 'home' })} />}
        {!creating && panels.map((Panel, i) => <Panel key={i} />)}
        <section aria-labelledby="sessions-heading" className="home-sessions">
          <div className="home-sessions-head">
            <h2 id="sessions-heading">Sessions</h2>
            {!creating && Array.isArray(sessions) && sessions.length > 0 && <AwayDayForm />}
          </div>
          {isReadFailure(sessions) ? (
            <ReadFailedPanel what="your sessions" detail={sessions.message} />
          ) : isReadFailure(awayDays) ? (
            <ReadFailedPanel what="your away days" detail={awayDays.message} />
          ) : sessions === undefined || awayDays === undefined ? (
            <p className="hint" role="status">
              Opening your sessions…
            </p>
          ) : sessions.length === 0 ? (
            <div className="empty-state">
              <p>No sessions yet.</p>
              <p className="hint">
                A session takes one proposition through three lenses — legitimacy, practicability
                and accountability — to conclusions the group can negotiate. Start one with{' '}
                <strong>New session</strong>.
              </p>
            </div>
          ) : (
            <SessionList sessions={sessions} awayDays={awayDays} now={Date.now()} />
          )}
        </section>
      </main>
    </div>
  );
}
