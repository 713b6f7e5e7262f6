import { useEffect, useRef, useState } from 'react';

import type { WorkshopId } from '#shared/domain/ids';

import type { ConflictChoice } from './commands/importBackup';
import type { PendingImport } from './useImport';

interface Props {
  pending: PendingImport;
  onImport(choice: ConflictChoice | undefined, intoWorkshopId: WorkshopId | null | undefined): void;
  onCancel(): void;
}

const AS_IN_FILE = '';

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
        , {cards.toLocaleString('en-GB')} {cards === 1 ? 'card' : 'cards'}, saved{' '}
        {new Date(backup.exportedAt).toLocaleString('en-GB')}.
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
