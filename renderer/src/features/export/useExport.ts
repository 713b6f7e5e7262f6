import { useCallback } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { SessionData } from '#shared/export/writeUp';

import { useServices } from '../../commands/AppServices';
import { createBackup, serialiseBackup } from './createBackup';
import { runJob } from './exportClient';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { awayDaySessions, loadSessionData } from './loadSessionData';
import { useDeliverExport, type MadeExport } from './useDeliverExport';

export type ExportScope = 'session' | 'away-day';

export interface ExportChoices {
  anonymise: boolean;
  includePrivateNotes: boolean;
  includeBalance?: boolean;
}

/**
 * Exports one session or the session's whole away day in a format, and says how it went in the
 * notice bar (useDeliverExport). Heavy rendering runs in the export worker.
 */
export function useExport(sessionId: SessionId) {
  const { db } = useServices();
  const { deliver, busy } = useDeliverExport();

  const run = useCallback(
    (scope: ExportScope, format: ExportFormat, choices: ExportChoices) => {
      const info = EXPORT_FORMATS[format];
      const make = async (): Promise<MadeExport> => {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new Error('This session no longer exists.');
        const awayDay = scope === 'away-day' ? await awayDaySessions(db, session.workshopId) : null;
        const title = awayDay ? `${awayDay.name} — away-day pack` : session.title;
        if (info.source === 'backup') {
          const backup = await createBackup(
            db,
            scope === 'session'
              ? { kind: 'session', sessionId }
              : { kind: 'workshop', workshopId: session.workshopId },
            {
              now: Date.now(),
              appVersion: import.meta.env.PACKAGE_VERSION ?? '0.0.0',
            },
          );
          // Anonymise applies to documents; a backup that dropped names could not restore them.
          const note = choices.anonymise
            ? 'This backup is a full copy with every name: backups are never anonymised.'
            : undefined;
          return { data: serialiseBackup(backup), title, ...(note ? { note } : {}) };
        }
        const ids = awayDay ? awayDay.sessionIds : [sessionId];
        const sessions = (await Promise.all(ids.map((id) => loadSessionData(db, id)))).filter(
          (s): s is SessionData => s !== null,
        );
        const result = await runJob({
          kind: 'document',
          format: info.source,
          sessions,
          pack: awayDay ? { name: awayDay.name } : null,
          options: { ...choices, generatedAt: Date.now() },
        });
        if (result.kind !== 'document')
          throw new Error('The export worker answered the wrong job.');
        return { data: result.data, title };
      };
      return deliver(format, make, `parley:export:${scope}:${format}`);
    },
    [db, sessionId, deliver],
  );
  return { run, busy };
}
