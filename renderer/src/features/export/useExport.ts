import { useCallback } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { SessionData } from '#shared/export/writeUp';

import { useServices } from '../../commands/AppServices';
import { useWindowStore } from '../../ui/windowStore';
import { createBackup, serialiseBackup } from './createBackup';
import { runJob } from './exportClient';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { awayDaySessions, loadSessionData, reviewCalendarOf } from './loadSessionData';
import { useDeliverExport, type ExportProgress, type MadeExport } from './useDeliverExport';

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
  const showNotice = useWindowStore((s) => s.showNotice);
  const { deliver, busy } = useDeliverExport();

  const run = useCallback(
    (scope: ExportScope, format: ExportFormat, choices: ExportChoices) => {
      const info = EXPORT_FORMATS[format];
      const make = async ({ step, cancelled }: ExportProgress): Promise<MadeExport | null> => {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new Error('This session no longer exists.');
        const awayDay = scope === 'away-day' ? await awayDaySessions(db, session.workshopId) : null;
        const title = awayDay
          ? `${awayDay.name} — away-day pack`
          : info.source === 'calendar'
            ? `${session.title} — review dates`
            : session.title;
        if (info.source === 'calendar') {
          const calendar = await reviewCalendarOf(db, awayDay ? awayDay.sessionIds : [sessionId]);
          if (calendar === null) {
            showNotice({
              tone: 'error',
              message:
                'No review date is set yet: give one in the agreement’s “Accountability and review” section. Nothing was saved.',
            });
            return null;
          }
          return { data: calendar, title };
        }
        if (info.source === 'backup') {
          step('Writing the backup', 0, null);
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
        const sessions: SessionData[] = [];
        for (const [i, id] of ids.entries()) {
          step('Reading the sessions', i, ids.length);
          const data = await loadSessionData(db, id);
          if (data) sessions.push(data);
          if (cancelled()) return null;
        }
        step(`Writing the ${info.label} file`, 0, null);
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
    [db, sessionId, deliver, showNotice],
  );
  return { run, busy };
}
