import { useState } from 'react';

import { FieldError } from './FieldError';

/**
 * Edits one piece of text where it is shown (no modal to lose track of): Enter or Save keeps it,
 * Esc or Cancel leaves it as it was. `onSave` answers a refusal in words, shown beside the box,
 * or null when the text was saved.
 */
export function InlineTextEdit({
  label,
  initial,
  maxLength,
  multiline = false,
  rows = 1,
  saveLabel = 'Save',
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  maxLength: number;
  multiline?: boolean;
  /** Lines shown when multiline: one for a new line of text, more to reword a long one. */
  rows?: number;
  saveLabel?: string;
  onSave: (text: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const save = async () => setError(await onSave(text));
  const Box = multiline ? 'textarea' : 'input';
  return (
    <span className="inline-edit" role="group" aria-label={label}>
      <Box
        aria-label={label}
        // Allows one over the limit, so the refusal says why instead of the box silently stopping.
        maxLength={maxLength + 1}
        autoFocus
        value={text}
        {...(multiline ? { rows } : {})}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => void save()}
      >
        {saveLabel}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
      <FieldError message={error} inline />
    </span>
  );
}
