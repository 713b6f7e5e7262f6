import { useCallback, useState } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { SessionData } from '#shared/export/writeUp';
import { SAVE_FILE_MAX_BYTES } from '#shared/ipc/contract';

import { useServices } from '../../commands/AppServices';
import { parley } from '../../platform/bridge';
import { useWindowStore } from '../../ui/windowStore';
import { createBackup, serialiseBackup } from './createBackup';
import { runJob } from './exportClient';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { fileNameFor } from './fileNames';
import { awayDaySessions, loadSessionData, reviewCalendarOf } from './loadSessionData';

export type ExportScope = 'session' | 'away-day';

export interface ExportChoices {
  anonymise: boolean;
  includePrivateNotes: boolean;
}

/**
 * Exports one session or the session's whole away day in a format, and says how it went in the
 * notice bar (role status / alert). Heavy rendering runs in the export worker.
 */
export function useExport(sessionId: SessionId) {
  const { db } = useServices();
  const showNotice = useWindowStore((s) => s.showNotice);
  const setProgress = useWindowStore((s) => s.setProgress);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (scope: ExportScope, format: ExportFormat, choices: ExportChoices) => {
      const info = EXPORT_FORMATS[format];
      setBusy(true);
      // Marks for `npm run bench` (bench/scenarios/export-*.mjs); harmless in use.
      performance.mark('parley:export:start');
      showNotice({ tone: 'info', message: `Preparing the ${info.label} export…` });
      // Nothing is written until the file is saved, so stopping is safe up to then: a cancelled
      // export only drops what the worker made.
      let cancelled = false;
      const cancel = () => {
        cancelled = true;
        setProgress(null);
      };
      const step = (label: string, done: number, total: number | null) => {
        if (!cancelled) setProgress({ label, done, total, cancel });
      };
      try {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new Error('This session no longer exists.');
        const awayDay = scope === 'away-day' ? await awayDaySessions(db, session.workshopId) : null;
        const title = awayDay
          ? `${awayDay.name} — away-day pack`
          : info.source === 'calendar'
            ? `${session.title} — review dates`
            : session.title;
        const suggestedName = fileNameFor(title, info.extension);
        let data: string | Uint8Array<ArrayBuffer>;
        if (info.source === 'calendar') {
          const calendar = await reviewCalendarOf(db, awayDay ? awayDay.sessionIds : [sessionId]);
          if (calendar === null) {
            showNotice({
              tone: 'error',
              message:
                'No review date is set yet: give one in the agreement’s “Accountability and review” section. Nothing was saved.',
            });
            return;
          }
          data = calendar;
        } else if (info.source === 'backup') {
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
          data = serialiseBackup(backup);
        } else {
          const ids = awayDay ? awayDay.sessionIds : [sessionId];
          const sessions: SessionData[] = [];
          for (const [i, id] of ids.entries()) {
            step('Reading the sessions', i, ids.length);
            const data = await loadSessionData(db, id);
            if (data) sessions.push(data);
            if (cancelled) break;
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
          data = result.data;
        }
        if (cancelled) {
          showNotice({ tone: 'info', message: 'Export cancelled; nothing was saved.' });
          return;
        }
        setProgress(null);
        const size = typeof data === 'string' ? data.length : data.byteLength;
        if (size > SAVE_FILE_MAX_BYTES)
          throw new Error('The export is larger than 50 MB; export one session at a time.');
        performance.measure(`parley:export:${scope}:${format}`, 'parley:export:start');
        const saved =
          format === 'pdf'
            ? await parley.printToPdf({ html: data as string, suggestedName })
            : await parley.saveFile({ suggestedName, mimeType: info.mimeType, data });
        if (!saved.ok) {
          showNotice({ tone: 'error', message: saved.error.message });
        } else if (!saved.value.saved) {
          showNotice({ tone: 'info', message: 'Export cancelled; nothing was saved.' });
        } else if (format === 'pdf' && saved.value.location === null) {
          showNotice({
            tone: 'info',
            message: 'The print dialog is open: choose “Save as PDF” as the destination.',
          });
        } else {
          const where = saved.value.location
            ? `Saved ${saved.value.location}`
            : `Downloaded “${suggestedName}”.`;
          // Anonymise applies to documents; a backup that dropped names could not restore them.
          const fullCopy =
            info.source === 'backup' && choices.anonymise
              ? ' This backup is a full copy with every name: backups are never anonymised.'
              : '';
          showNotice({ tone: 'info', message: `${where}${fullCopy}` });
        }
      } catch (error) {
        showNotice({
          tone: 'error',
          message: `The ${info.label} export failed: ${error instanceof Error ? error.message : String(error)} Nothing was saved.`,
        });
      } finally {
        setProgress(null);
        setBusy(false);
      }
    },
    [db, sessionId, showNotice, setProgress],
  );
  return { run, busy };
}
