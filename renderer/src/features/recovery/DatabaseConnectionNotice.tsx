import { useEffect } from 'react';

import { useServices } from '../../commands/AppServices';
import { useWindowStore } from '../../ui/windowStore';
import { hasUnsavedText, watchConnection } from './connectionWatch';

/** How long the notice is readable before a window with nothing unsaved reloads itself. */
const AUTO_RELOAD_MS = 1500;

/**
 * Tells the facilitator that another window upgraded (or removed) the database, and reloads this
 * window onto the new version. With text still in a box, it waits for the facilitator instead, so
 * nothing typed is thrown away; a save attempted meanwhile fails and keeps its text.
 */
export function DatabaseConnectionNotice() {
  const { db } = useServices();
  const state = useWindowStore((s) => s.connection);
  const setState = useWindowStore((s) => s.setConnection);

  useEffect(() => watchConnection(db, setState), [db, setState]);

  useEffect(() => {
    if (state !== 'upgraded-elsewhere') return;
    const timer = window.setTimeout(() => {
      if (!hasUnsavedText(document)) window.location.reload();
    }, AUTO_RELOAD_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  if (state === 'open') return null;
  if (state === 'blocked') {
    return (
      <div className="connection-notice" role="status">
        <p>
          Parley is updating its database and is waiting for another Parley window to close. Close
          the other window to continue.
        </p>
      </div>
    );
  }
  return (
    <div className="connection-notice connection-notice-error" role="alert">
      <p>
        {state === 'upgraded-elsewhere'
          ? 'Parley was updated in another window. This window reloads to catch up — everything saved is safe. Copy any text you were typing, then reload.'
          : 'Parley’s data was removed in another window. Reload to continue.'}
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => window.location.reload()}
      >
        Reload now
      </button>
    </div>
  );
}
