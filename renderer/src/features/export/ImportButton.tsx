import { useRef } from 'react';

import { ImportDialog } from './ImportDialog';
import { useImport } from './useImport';

/** Home's Import: a file chooser for a backup (automation contract: button "Import"). */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const { readFile, pending, busy, commit, cancel } = useImport();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-busy={busy}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden-input"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires change again.
          event.target.value = '';
          if (file) void readFile(file);
        }}
      />
      {pending && (
        <ImportDialog
          pending={pending}
          onImport={(choice, into) => void commit(pending.backup, choice, into)}
          onCancel={cancel}
        />
      )}
    </>
  );
}
