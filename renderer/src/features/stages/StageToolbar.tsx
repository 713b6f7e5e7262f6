import type { SessionId } from '#shared/domain/ids';

import { routeHref } from '../../ui/useHashRoute';
import { useWindowStore } from '../../ui/windowStore';

/** Board toolbar entries for guided facilitation: the plan editor and the shortcut list. */
export function StageToolbar({ sessionId }: { sessionId: SessionId }) {
  const setShortcutsOpen = useWindowStore((s) => s.setShortcutsOpen);
  return (
    <>
      <a
        className="button"
        href={routeHref({ name: 'stage-plan', sessionId })}
        aria-keyshortcuts="E"
      >
        Edit plan
      </a>
      <button
        type="button"
        className="button"
        onClick={() => setShortcutsOpen(true)}
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
      >
        Shortcuts
      </button>
    </>
  );
}
