import { useCallback, useState } from 'react';

import { SAVE_FILE_MAX_BYTES } from '#shared/ipc/contract';

import { parley } from '../../platform/bridge';
import { useWindowStore } from '../../ui/windowStore';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { fileNameFor } from './fileNames';

/** What an export makes: the file's bytes (or text) and the title its name is made from. */
export interface MadeExport {
  data: string | Uint8Array<ArrayBuffer>;
  title: string;
  /** A sentence added to the notice once the file is saved. */
  note?: string;
}

/** How a maker reports its steps, and learns that the facilitator pressed Cancel. */
export interface ExportProgress {
  step(label: string, done: number, total: number | null): void;
  cancelled(): boolean;
}

/** Makes the file, or answers null when there is nothing to save (it has said why). */
export type ExportMaker = (progress: ExportProgress) => Promise<MadeExport | null>;

/**
 * Makes an export and hands it to the shell — a save dialog, a download, or the print dialog for
 * PDF — saying how it went in the notice bar (role status / alert). One path for a session, the
 * away-day pack and the synthesis, so every export reports the same way.
 */
export function useDeliverExport() {
  const showNotice = useWindowStore((s) => s.showNotice);
  const setProgress = useWindowStore((s) => s.setProgress);
  const [busy, setBusy] = useState(false);

  const deliver = useCallback(
    async (format: ExportFormat, make: ExportMaker, measure: string) => {
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
      const progress: ExportProgress = {
        step: (label, done, total) => {
          if (!cancelled) setProgress({ label, done, total, cancel });
        },
        cancelled: () => cancelled,
      };
      try {
        const made = await make(progress);
        setProgress(null);
        if (cancelled) {
          showNotice({ tone: 'info', message: 'Export cancelled; nothing was saved.' });
          return;
        }
        if (!made) return;
        const { data, title, note } = made;
        const suggestedName = fileNameFor(title, info.extension);
        const size = typeof data === 'string' ? data.length : data.byteLength;
        if (size > SAVE_FILE_MAX_BYTES)
          throw new Error('The export is larger than 50 MB; export one session at a time.');
        performance.measure(measure, 'parley:export:start');
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
          showNotice({ tone: 'info', message: note ? `${where} ${note}` : where });
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
    [showNotice, setProgress],
  );
  return { deliver, busy };
}
