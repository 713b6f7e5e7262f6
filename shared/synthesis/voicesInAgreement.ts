import type { AgreementState } from '../agreement/model';

/**
 * The agreement's share of the balance of voices: the party behind every objection (a removed
 * party by the name it kept) and every stance given in a consent round.
 */
export function voicesInAgreement(state: AgreementState | null): {
  objectionParties: string[];
  stanceParties: string[];
} {
  if (!state) return { objectionParties: [], stanceParties: [] };
  const nameOf = new Map(state.parties.map((p) => [p.id as string, p.name]));
  const objectionParties = state.clauses.flatMap((c) =>
    c.objections.map((o) => nameOf.get(o.partyId) ?? o.partyName ?? ''),
  );
  const stanceParties = state.consentRounds.flatMap((r) =>
    r.stances.map((s) => nameOf.get(s.partyId) ?? ''),
  );
  return { objectionParties, stanceParties };
}
