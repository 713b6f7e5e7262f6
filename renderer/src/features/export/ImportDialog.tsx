import { useEffect, useRef, useState } from 'react';

import { formatCount } from '#shared/domain/formatCount';
import type { WorkshopId } from '#shared/domain/ids';

import type { ConflictChoice } from './commands/importBackup';
import type { PendingImport } from './useImport';

interface Props {
  pending: PendingImport;
  onImport(choice: ConflictChoice | undefined, intoWorkshopId: WorkshopId | null | undefined): void;
  onCancel(): void;
}

const AS_IN_FILE = '';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "01/12/2026, 22:48:11", as toLocaleString('en-GB') writes it, without building an ICU formatter
 * (see formatCount: the first one costs a long task, here while the dialog opens).
 */
function savedAt(at: number): string {
  const d = new Date(at);
  const date = `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
  return `${date}, ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Asks before anything is overwritten: Replace or Keep both; and which workshop to file into. */
export function ImportDialog({ pending, onImport, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [workshop, setWorkshop] = useState(AS_IN_FILE);
  const { backup, conflicts, workshops } = pending;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const into = workshop === AS_IN_FILE ? undefined : (workshop as WorkshopId);
  const cards = backup.tables.cards.length;
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" onCancel={onCancel}>
      <h2 id="import-title">Import “{backup.scope.title}”</h2>
      <p className="hint">
        {pending.fileName}:{' '}
        {backup.tables.sessions.length === 1
          ? '1 session'
          : `${backup.tables.sessions.length} sessions`}
        , {formatCount(cards)} {cards === 1 ? 'card' : 'cards'}, saved {savedAt(backup.exportedAt)}.
      </p>
      {conflicts.length > 0 && (
        <div className="import-conflict" role="status">
          <p>
            <strong>Already on this computer:</strong>{' '}
            {conflicts.map((c) => `“${c.title}”`).join(', ')}.
          </p>
          <p className="hint">
            Replace puts back the version in the file and discards the one here. Keep both adds the
            file as a copy; nothing here changes.
          </p>
        </div>
      )}
      {workshops.length > 0 && (
        <label className="field">
          <span className="field-label">Add to workshop</span>
          <select value={workshop} onChange={(e) => setWorkshop(e.target.value)}>
            <option value={AS_IN_FILE}>As in the file</option>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="form-actions">
        {conflicts.length > 0 ? (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => onImport('keep-both', into)}
            >
              Keep both
            </button>
            <button type="button" className="button" onClick={() => onImport('replace', into)}>
              Replace
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => onImport(undefined, into)}
          >
            Import
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
