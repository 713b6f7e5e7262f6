import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

import { CARD_TEXT_LIMIT, checkCardText } from '#shared/domain/text';

interface Props {
  label: string;
  placeholder?: string;
  initial?: string;
  /** Returns an error message to show, or null when the text was taken. */
  onSubmit(text: string): Promise<string | null>;
  onCancel?(): void;
  /** Whether the box empties itself after a successful submit (capture) or not (edit). */
  clearOnSubmit: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  className?: string;
}

/** What is left in a capture box once `submitted` is saved: anything typed after it. */
export function typedSince(typed: string, submitted: string): string {
  if (!typed.startsWith(submitted)) return typed;
  return typed.slice(submitted.length).trimStart();
}

/**
 * The text box behind both capture and in-place edit: Enter submits, Shift+Enter is a new line,
 * Escape cancels. A refused text stays in the box with the reason under it — never lost.
 */
export function CardTextBox({
  label,
  placeholder,
  initial = '',
  onSubmit,
  onCancel,
  clearOnSubmit,
  autoFocus,
  inputRef,
  className,
}: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const saving = useRef<string | null>(null);
  const messageId = useId();
  const over = text.length > CARD_TEXT_LIMIT;

  async function submit() {
    // Validate before clearing, so a refused text never leaves the box.
    const check = checkCardText(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    // Enter again while the same text saves (the box keeps it until then) is not a second card.
    if (saving.current === text) return;
    const submitted = text;
    saving.current = submitted;
    const problem = await onSubmit(submitted).finally(() => (saving.current = null));
    setError(problem);
    // Capture empties the box once the card is saved, in the frame that shows the card: emptied
    // at once, the box would cost the page a frame of its own while the card saves, and the card
    // would then wait for the next one (docs/architecture.md, "Performance budgets"). Whatever was
    // typed after Enter stays; a refused text stays as it is, never lost.
    if (clearOnSubmit && !problem) setText((typed) => typedSince(typed, submitted));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <div className={`card-textbox ${className ?? ''}`}>
      <textarea
        ref={inputRef}
        aria-label={label}
        aria-invalid={error !== null || over}
        aria-describedby={messageId}
        placeholder={placeholder}
        value={text}
        rows={text.includes('\n') ? 3 : 1}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={messageId} className="card-textbox-message" role="status">
        {error ? (
          <span className="field-error">{error}</span>
        ) : over ? (
          <span className="field-error">{`${text.length.toLocaleString('en-GB')} / ${CARD_TEXT_LIMIT.toLocaleString('en-GB')} characters — too long to add`}</span>
        ) : null}
      </div>
    </div>
  );
}
