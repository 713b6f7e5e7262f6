import type { SessionId } from '#shared/domain/ids';
import { DEFAULT_EXPORT_OPTIONS } from '#shared/export/writeUp';

import { useExport } from './useExport';

/** The agreement's review dates as a calendar file (the Export menus offer the same, per scope). */
export function CalendarButton({ sessionId }: { sessionId: SessionId }) {
  const { run, busy } = useExport(sessionId);
  return (
    <button
      type="button"
      className="button"
      aria-busy={busy}
      onClick={() => void run('session', 'calendar', DEFAULT_EXPORT_OPTIONS)}
    >
      Add review dates to calendar
    </button>
  );
}
