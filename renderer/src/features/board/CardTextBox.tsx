import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';

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

/** What is left in a capture box once `submitted` has left it: anything typed after it. */
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
  /** A text submitted and still shown in the box while it saves (capture empties it after). */
  const shown = useRef<string | null>(null);
  const messageId = useId();
  const over = text.length > CARD_TEXT_LIMIT;

  async function submit() {
    // Validate before clearing, so a refused text never leaves the box.
    const check = checkCardText(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    // Enter again while the same text saves is not a second card.
    if (shown.current === text) return;
    const submitted = text;
    shown.current = submitted;
    const problem = await onSubmit(submitted);
    const stillShown = shown.current === submitted;
    if (stillShown) shown.current = null;
    setError(problem);
    if (!clearOnSubmit) return;
    // Capture empties the box once the card is saved, in the frame that shows the card: emptied
    // at once, the box would cost the page a frame of its own while the card saves, and the card
    // would then wait for the next one (docs/architecture.md, "Performance budgets").
    // Drawn now, not at React's leisure: a key pressed meanwhile would land after the old text.
    if (!problem && stillShown) flushSync(() => setText((typed) => typedSince(typed, submitted)));
    // The save failed after typing had taken the text out of the box: it goes back, ahead of
    // what was typed since, so nothing is lost.
    if (problem && !stillShown)
      flushSync(() => setText((typed) => (typed ? `${submitted}\n${typed}` : submitted)));
  }

  /** Typing after Enter starts the next card at once: the text being saved leaves the box. */
  function onTyped(value: string) {
    const saving = shown.current;
    if (clearOnSubmit && saving !== null && value.startsWith(saving)) {
      shown.current = null;
      setText(typedSince(value, saving));
    } else setText(value);
    if (error) setError(null);
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
        onChange={(e) => onTyped(e.target.value)}
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
