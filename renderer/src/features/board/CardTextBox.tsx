import { useId, useState, type KeyboardEvent, type Ref } from 'react';

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
  const messageId = useId();
  const over = text.length > CARD_TEXT_LIMIT;

  async function submit() {
    // Validate before clearing, so a refused text never leaves the box.
    const check = checkCardText(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    const submitted = text;
    // Capture clears at once: the facilitator is already typing the next point while this one
    // saves, and a late clear would wipe what they typed meanwhile.
    if (clearOnSubmit) setText('');
    const problem = await onSubmit(submitted);
    setError(problem);
    // The save failed: put the text back, ahead of anything typed since, so nothing is lost.
    if (problem && clearOnSubmit)
      setText((typed) => (typed ? `${submitted}\n${typed}` : submitted));
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
