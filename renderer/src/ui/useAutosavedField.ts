import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';

/** How long typing must pause before it is saved (the private notes use the same). */
export const AUTOSAVE_AFTER_MS = 600;

export type AutosaveStatus = { tone: 'pending' | 'saved' | 'error'; message: string } | null;

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text field that saves as the facilitator types: shortly after typing pauses, when the field
 * is left, and when it goes away — so a reload never loses what was typed. `save` resolves to the
 * reason the value was refused, or null; a refused value stays in the field with the reason.
 *
 * While the field has the focus it keeps what is typed: the stored value coming back from a save
 * (trimmed, say) must not move the text under the cursor. Once it is left, the field follows the
 * stored value again (undo, another window).
 */
export function useAutosavedField(stored: string, save: (value: string) => Promise<string | null>) {
  const [value, setValue] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [sent, setSent] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<AutosaveStatus>(null);
  if (seen !== stored) {
    // Adjusting state during render (React's documented pattern for "reset when a prop changes").
    setSeen(stored);
    if (!editing) {
      setValue(stored);
      setSent(stored);
    }
  }

  const saveRef = useRef(save);
  const latest = useRef({ value, stored, sent });
  useEffect(() => {
    saveRef.current = save;
    latest.current = { value, stored, sent };
  });

  const flush = useCallback(() => {
    const { value: now, stored: was, sent: already } = latest.current;
    if (now === was || now === already) return;
    latest.current = { ...latest.current, sent: now };
    setSent(now);
    setStatus({ tone: 'pending', message: 'Saving…' });
    void saveRef
      .current(now)
      .then((refused) =>
        setStatus(
          refused ? { tone: 'error', message: refused } : { tone: 'saved', message: 'Saved' },
        ),
      );
  }, []);

  useEffect(() => {
    if (value === stored || value === sent) return;
    const id = window.setTimeout(flush, AUTOSAVE_AFTER_MS);
    return () => window.clearTimeout(id);
  }, [value, stored, sent, flush]);

  // Leaving the screen mid-word still saves it.
  useEffect(() => flush, [flush]);

  return {
    status,
    /** Spread onto the input or textarea. */
    field: {
      value,
      onChange: (e: ChangeEvent<TextField>) => {
        const next = e.target.value;
        setValue(next);
        // Said at once, so nobody leaves thinking it is saved while the pause is still running.
        if (next !== latest.current.stored && next !== latest.current.sent)
          setStatus({ tone: 'pending', message: 'Saving…' });
      },
      onFocus: () => setEditing(true),
      onBlur: () => {
        setEditing(false);
        flush();
      },
    },
    /** Sets the text and saves it at once (a choice from a list, not typing). */
    saveNow(next: string) {
      latest.current = { ...latest.current, value: next };
      setValue(next);
      flush();
    },
  };
}
