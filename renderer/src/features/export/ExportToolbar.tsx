import type { SessionId } from '#shared/domain/ids';

import { ExportMenuButton } from './ExportMenuButton';

/** The board's export controls: this session, and the whole away day it belongs to. */
export function ExportToolbar({ sessionId }: { sessionId: SessionId }) {
  return (
    <>
      <ExportMenuButton
        sessionId={sessionId}
        scope="session"
        label="Export"
        heading="Export this session"
      />
      <ExportMenuButton
        sessionId={sessionId}
        scope="away-day"
        label="Away-day pack"
        heading="Every session of the away day, in one file"
      />
    </>
  );
}
