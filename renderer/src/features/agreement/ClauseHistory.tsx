import { clauseRounds } from '#shared/agreement/consent';
import { CONSENT_SCALES } from '#shared/agreement/consentTypes';
import type { AgreementState, Clause } from '#shared/agreement/model';
import { resolutionText } from '#shared/agreement/objections';

import { ConsentSpread } from './ConsentSpread';
import { formatWhen } from './formatWhen';

/** How the wording was reached and who objected: shown on request, so the draft stays readable. */
export function ClauseHistory({ state, clause }: { state: AgreementState; clause: Clause }) {
  const name = (id: string | null, kept?: string) =>
    id === null
      ? 'The facilitator'
      : (state.parties.find((p) => p.id === id)?.name ?? kept ?? 'A removed party');
  const rounds = clauseRounds(state, clause.id);
  const count = clause.amendments.length + clause.objections.length + rounds.length;
  if (count === 0) return null;
  return (
    <details className="clause-history">
      <summary>
        History ({clause.amendments.length} amendment{clause.amendments.length === 1 ? '' : 's'},{' '}
        {clause.objections.length} objection{clause.objections.length === 1 ? '' : 's'},{' '}
        {rounds.length} consent round{rounds.length === 1 ? '' : 's'})
      </summary>
      <ol className="history-list">
        {clause.amendments.map((a, i) => (
          <li key={`a${i}`}>
            <span className="history-when">{formatWhen(a.at)}</span>{' '}
            <strong>{name(a.partyId)}</strong> proposed: <del>{a.oldText}</del> →{' '}
            <ins>{a.newText}</ins>
            {a.reason && <span className="history-reason"> — because {a.reason}</span>}
          </li>
        ))}
        {clause.objections.map((o, i) => (
          <li key={`o${i}`}>
            <span className="history-when">{formatWhen(o.at)}</span>{' '}
            <strong>{name(o.partyId, o.partyName)}</strong> objected: “{o.text}”{' '}
            <span className="history-reason">
              {o.resolution === null
                ? '(standing)'
                : `— ${resolutionText(o.resolution, name(o.partyId, o.partyName), formatWhen)}`}
            </span>
          </li>
        ))}
        {rounds.map((r) => (
          <li key={r.id}>
            <span className="history-when">{formatWhen(r.openedAt)}</span> Consent round (
            {CONSENT_SCALES[r.scale].label}) on “{r.subject}”:{' '}
            {r.revealedAt === null ? (
              `under way, ${r.stances.length} stance${r.stances.length === 1 ? '' : 's'} in (hidden)`
            ) : (
              <>
                revealed {formatWhen(r.revealedAt)}
                <ConsentSpread state={state} round={r} />
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
