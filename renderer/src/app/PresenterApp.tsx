import { useEffect } from 'react';

import { PresenterErrorBoundary, PresenterScreen, usePresenterKeys } from '../features/presenter';
import { useHashRoute } from '../ui/useHashRoute';

/**
 * The room view's app shell (docs/architecture.md, "Two windows"): same bundle and database as the
 * facilitator's window, none of its screens. It keeps no state of its own, so a reload (or
 * reopening it) simply draws the screen again from the presenter row and the board.
 */
export function PresenterApp() {
  const route = useHashRoute();
  const sessionId = route.name === 'present' ? route.sessionId : null;
  usePresenterKeys(sessionId);

  useEffect(() => {
    document.title = 'Parley — room view';
    document.documentElement.classList.add('presenter-window');
  }, []);

  return (
    <PresenterErrorBoundary>
      {sessionId ? (
        <PresenterScreen key={sessionId} sessionId={sessionId} />
      ) : (
        <div className="present-screen present-theme-dark" data-view="none">
          <p className="present-message" role="status">
            No session is being presented.
          </p>
        </div>
      )}
    </PresenterErrorBoundary>
  );
}
