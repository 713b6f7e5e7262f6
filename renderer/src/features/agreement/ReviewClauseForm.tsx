import { useId, useState, type FormEvent } from 'react';

import { afterText, type ReviewedClause } from '#shared/agreement/reviewDocument';
import { OUTCOME_LABELS, type ReviewOutcome } from '#shared/agreement/reviewTypes';

import { FormFooter } from './FormFooter';

interface Props {
  clause: ReviewedClause;
  outcomes: readonly ReviewOutcome[];
  /** Names offered for "Reported by": the parties, then the people at the table. */
  reporters: readonly string[];
  /** False once the review has finished: the account is shown, no longer edited. */
  editable: boolean;
  /** The outcome version's label ("v2") once the review finished. */
  outcome: string | null;
  onSave(input: {
    outcome: ReviewOutcome;
    evidence: string;
    reportedBy: string;
    change: string;
  }): Promise<string | null>;
}

/**
 * One promise of the agreed version held to account: what was promised, then what happened, the
 * evidence, who reported it and what the group changes. Saving again replaces the account.
 */
export function ReviewClauseForm({
  clause,
  outcomes,
  reporters,
  editable,
  outcome: outcomeVersion,
  onSave,
}: Props) {
  const id = useId();
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>(clause.outcome ?? '');
  const [evidence, setEvidence] = useState(clause.evidence);
  const [reportedBy, setReportedBy] = useState(clause.reportedBy);
  const [change, setChange] = useState(clause.change);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) return setError(`Choose what happened to clause ${clause.number}.`);
    setBusy(true);
    setError(await onSave({ outcome, evidence, reportedBy, change }));
    setBusy(false);
  }

  return (
    <li className="review-clause">
      <div className="review-promise">
        <span className="clause-number">{clause.number}</span>
        <div>
          <p className="review-promise-text">{clause.promise}</p>
          {clause.party && <p className="hint">Promised by {clause.party}</p>}
          {clause.details.length > 0 && (
            <ul className="review-details">
              {clause.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
        <span className={`review-outcome review-outcome-${clause.outcome ?? 'none'}`}>
          {clause.outcomeLabel}
        </span>
      </div>
      {editable ? (
        <form
          className="review-form"
          aria-label={`What happened to clause ${clause.number}`}
          onSubmit={(e) => void submit(e)}
        >
          <fieldset className="review-outcomes">
            <legend>What happened?</legend>
            {outcomes.map((o) => (
              <label key={o} className="check">
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                />
                <span>{OUTCOME_LABELS[o]}</span>
              </label>
            ))}
          </fieldset>
          <label className="field-inline field-wide">
            <span>Evidence</span>
            <textarea rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
          <label className="field-inline">
            <span>Reported by</span>
            <input
              value={reportedBy}
              list={`${id}-reporters`}
              onChange={(e) => setReportedBy(e.target.value)}
            />
            <datalist id={`${id}-reporters`}>
              {reporters.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </label>
          <label className="field-inline">
            <span>What we change</span>
            <input value={change} onChange={(e) => setChange(e.target.value)} />
          </label>
          <FormFooter
            error={error}
            submitLabel={clause.outcome ? 'Update' : 'Record'}
            busy={busy}
          />
        </form>
      ) : (
        <dl className="review-account">
          {clause.evidence && (
            <>
              <dt>Evidence</dt>
              <dd>{clause.evidence}</dd>
            </>
          )}
          <dt>Reported by</dt>
          <dd>{clause.reportedBy}</dd>
          {clause.change && (
            <>
              <dt>What we change</dt>
              <dd>{clause.change}</dd>
            </>
          )}
          {outcomeVersion && (
            <>
              <dt>Now</dt>
              <dd>{afterText(clause, outcomeVersion)}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
}
