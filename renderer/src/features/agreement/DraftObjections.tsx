import { standingDraftObjections } from '#shared/agreement/draftObjections';
import type { AgreementState } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { ObjectionItem } from './ObjectionItem';

/**
 * Parties' standing objections to the whole draft (docs/agreement.md): raised by a low stance in a
 * round on the draft, each ends only by the party withdrawing it or an overruling with a reason.
 */
export function DraftObjections({
  sessionId,
  state,
}: {
  sessionId: SessionId;
  state: AgreementState;
}) {
  const standing = standingDraftObjections(state);
  if (standing.length === 0) return null;
  const partyName = (id: string) => state.parties.find((p) => p.id === id)?.name ?? 'A party';
  return (
    <section className="panel draft-objections" aria-labelledby="draft-objections-title">
      <h2 id="draft-objections-title">Objections to the whole draft</h2>
      <p className="hint">While a party objects to the whole draft it cannot assent to it.</p>
      <ul className="objections" aria-label="Open objections to the whole draft">
        {standing.map((o) => (
          <ObjectionItem
            key={o.id}
            sessionId={sessionId}
            clauseId={null}
            objection={o}
            partyName={partyName(o.partyId)}
          />
        ))}
      </ul>
    </section>
  );
}
