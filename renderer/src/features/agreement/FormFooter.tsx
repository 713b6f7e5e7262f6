interface Props {
  error: string | null;
  submitLabel: string;
  /** Left out where there is nothing to cancel (a form that is always open). */
  onCancel?(): void;
  busy?: boolean;
}

/** The refusal message (announced) and the submit/cancel pair every agreement form ends with. */
export function FormFooter({ error, submitLabel, onCancel, busy = false }: Props) {
  return (
    <>
      <div className="form-error" role="alert">
        {error}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
