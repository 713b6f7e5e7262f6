import { useCallback, useRef, useState } from 'react';

import type { WorkshopId } from '#shared/domain/ids';
import { BACKUP_MAX_BYTES, type Backup } from '#shared/export/backup/schema';

import { useServices } from '../../commands/AppServices';
import { restoreSnapshot } from '../../commands/snapshotCommands';
import { useRunCommand } from '../../commands/useCommands';
import { parley } from '../../platform/bridge';
import { copyStoredSnapshot } from '../../platform/snapshotFiles';
import { navigate } from '../../ui/useHashRoute';
import { useWindowStore } from '../../ui/windowStore';
import { existingSessions, importBackup, type ConflictChoice } from './commands/importBackup';
import { runJob } from './exportClient';

/** Rows the import will write: the determinate bar's whole. */
function countRows(backup: Backup): number {
  return Object.values(backup.tables).reduce((n, rows) => n + (rows as unknown[]).length, 0);
}

export interface PendingImport {
  fileName: string;
  backup: Backup;
  conflicts: { id: string; title: string }[];
  workshops: { id: WorkshopId; name: string }[];
}

/**
 * Import: read the chosen file, validate it off the UI thread, then either import at once or,
 * when a choice is needed (sessions already here, or workshops to file into), hand back a
 * pending import for the dialog to ask about. Nothing is written until the choice is made.
 */
export function useImport() {
  const { db } = useServices();
  const runCommand = useRunCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  const setProgress = useWindowStore((s) => s.setProgress);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [busy, setBusy] = useState(false);
  // What the file held that was not taken (parseBackup's leftOut), said when the import is done.
  const leftOut = useRef<string[]>([]);

  const undoImport = useCallback(
    async (snapshotId: string) => {
      const outcome = await runCommand(restoreSnapshot, { snapshotId });
      showNotice(
        outcome.ok
          ? { tone: 'info', message: 'Import undone: the sessions are as they were before it.' }
          : { tone: 'error', message: outcome.message },
      );
      if (outcome.ok) navigate({ name: 'home' });
    },
    [runCommand, showNotice],
  );

  const commit = useCallback(
    async (
      backup: Backup,
      onConflict: ConflictChoice | undefined,
      intoWorkshopId: WorkshopId | null | undefined,
    ) => {
      const stop = new AbortController();
      const total = countRows(backup);
      // Redrawn once per hundredth of the rows, not at every chunk: each redraw is a render in
      // the same task as the chunk's writes.
      let shown = -Infinity;
      const show = (done: number) => {
        if (done < total && done - shown < total / 100) return;
        shown = done;
        setProgress({ label: 'Importing rows', done, total, cancel: () => stop.abort() });
      };
      show(0);
      const outcome = await runCommand(importBackup, {
        backup,
        onConflict,
        intoWorkshopId,
        onProgress: show,
        signal: stop.signal,
      }).finally(() => setProgress(null));
      // Marks for `npm run bench` (bench/scenarios/export-import.mjs); harmless in use.
      performance.measure('parley:import', 'parley:import:start');
      setPending(null);
      if (!outcome.ok && stop.signal.aborted) {
        showNotice({ tone: 'info', message: 'Import cancelled. Nothing was changed.' });
        return;
      }
      if (!outcome.ok) {
        showNotice({
          tone: 'error',
          message: `Not imported: ${outcome.message.replace(/^Not saved: /, '')} Nothing was changed.`,
        });
        return;
      }
      const { sessionIds, copied, replaced, safetySnapshotId } = outcome.value;
      const copyProblem = safetySnapshotId
        ? await copyStoredSnapshot(db.snapshots, parley, safetySnapshotId)
        : null;
      const how = replaced
        ? ` (${replaced} replaced)`
        : copied
          ? ` (${copied} kept as a copy)`
          : '';
      showNotice({
        tone: 'info',
        message: [
          `Imported ${sessionIds.length === 1 ? 'the session' : `${sessionIds.length} sessions`} from “${backup.scope.title}”${how}.`,
          ...leftOut.current,
          ...(copyProblem ? [copyProblem] : []),
        ].join(' '),
        // Replace discarded sessions here; the snapshot taken first brings them back.
        ...(safetySnapshotId
          ? { action: { label: 'Undo import', run: () => void undoImport(safetySnapshotId) } }
          : {}),
      });
      if (sessionIds.length === 1) navigate({ name: 'session', sessionId: sessionIds[0]! });
    },
    [db, runCommand, showNotice, undoImport, setProgress],
  );

  const readFile = useCallback(
    async (file: File) => {
      // Checked before reading: a 2 GB file must not be loaded into memory just to be refused.
      if (file.size > BACKUP_MAX_BYTES) {
        showNotice({
          tone: 'error',
          message: `Not imported: “${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; backups up to ${BACKUP_MAX_BYTES / 1024 / 1024} MB can be imported. Nothing was changed.`,
        });
        return;
      }
      setBusy(true);
      performance.mark('parley:import:start');
      // Nothing is written while the file is read and checked, so stopping is always safe here.
      let cancelled = false;
      setProgress({
        label: 'Reading the backup',
        done: 0,
        total: null,
        cancel: () => {
          cancelled = true;
          setProgress(null);
          showNotice({ tone: 'info', message: 'Import cancelled. Nothing was changed.' });
        },
      });
      try {
        const text = await file.text();
        const result = await runJob({
          kind: 'parseBackup',
          text,
          byteLength: file.size,
        });
        if (result.kind !== 'parseBackup')
          throw new Error('The import worker answered the wrong job.');
        performance.measure('parley:import:validate', 'parley:import:start');
        if (cancelled) return;
        setProgress(null);
        if (!result.result.ok) {
          showNotice({ tone: 'error', message: result.result.message });
          return;
        }
        const backup = result.result.backup;
        leftOut.current = result.result.leftOut;
        const conflicts = await existingSessions(db, backup);
        const workshops = (await db.workshops.toArray()).map((w) => ({ id: w.id, name: w.name }));
        if (conflicts.length === 0 && workshops.length === 0)
          await commit(backup, undefined, undefined);
        else setPending({ fileName: file.name, backup, conflicts, workshops });
      } catch (error) {
        showNotice({
          tone: 'error',
          message: `Not imported: the file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
        });
      } finally {
        if (!cancelled) setProgress(null);
        setBusy(false);
      }
    },
    [db, commit, showNotice, setProgress],
  );

  return { readFile, pending, busy, commit, cancel: () => setPending(null) };
}
