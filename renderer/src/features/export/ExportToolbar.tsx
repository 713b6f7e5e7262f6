import type { SessionId } from '#shared/domain/ids';

import { ExportMenuButton } from './ExportMenuButton';

/** The board's export menu for this session. */
export function ExportToolbar({ sessionId }: { sessionId: SessionId }) {
  return (
    <ExportMenuButton
      sessionId={sessionId}
      scope="session"
      label="Export"
      heading="Export this session"
    />
  );
}

/** The whole away day this session belongs to, in one file (among the tools a laptop folds). */
export function AwayDayPackButton({ sessionId }: { sessionId: SessionId }) {
  return (
    <ExportMenuButton
      sessionId={sessionId}
      scope="away-day"
      label="Away-day pack"
      heading="Every session of the away day, in one file"
    />
  );
}
