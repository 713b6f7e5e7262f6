// Honest status rules for objections (docs/agreement.md): a standing objection ends only in one
// of three recorded ways — the objector accepts an amendment, the objector withdraws it, or the
// facilitator overrules it with a reason — and never by accepting the clause over it.
import { checkText } from '../domain/text';
import type { EpochMs } from '../domain/types';
import type {
  AgreementState,
  Clause,
  ClauseId,
  ClauseStatus,
  Objection,
  ObjectionResolution,
  PartyId,
} from './model';
import { AgreementRuleError, openObjections } from './rules';

export const OBJECTION_REASON_LIMIT = 500;

/** Ids are positional and objections are never removed from a clause, so they stay unique. */
export function nextObjectionId(clause: Clause): string {
  return `${clause.id}:o${clause.objections.length + 1}`;
}

/**
 * The status a clause settles at after its objections changed: contested while an objection stands
 * that has not been answered by an amendment; back to proposed (open for a stance, never accepted)
 * once none does. Accepted and withdrawn clauses keep their status.
 */
export function settledStatus(clause: Clause): ClauseStatus {
  if (clause.status === 'withdrawn' || clause.status === 'accepted') return clause.status;
  const standing = openObjections(clause);
  return standing.some((o) => o.awaitingStanceSince === null) ? 'contested' : 'proposed';
}

/** What stops a clause being accepted: its standing objections, named, or null when none. */
export function acceptRefusal(clause: Clause, partyName: (id: PartyId) => string): string | null {
  const standing = openObjections(clause);
  if (standing.length === 0) return null;
  const names = [...new Set(standing.map((o) => partyName(o.partyId)))].join(' and ');
  return `${names} still ${standing.length === 1 ? 'objects' : 'object'} to this clause. It can be accepted once each objection is withdrawn by its party, answered by an amendment the party accepts, or overruled with a recorded reason.`;
}

function requireObjection(state: AgreementState, clauseId: ClauseId, objectionId: string) {
  const clause = state.clauses.find((c) => c.id === clauseId);
  if (!clause) throw new AgreementRuleError('That clause has been deleted.', 'not-found');
  const objection = clause.objections.find((o) => o.id === objectionId);
  if (!objection)
    throw new AgreementRuleError('That objection is not on this clause.', 'not-found');
  if (objection.resolution !== null)
    throw new AgreementRuleError('That objection has already been settled.');
  return { clause, objection };
}

function withObjection(
  state: AgreementState,
  clause: Clause,
  next: Objection,
  at: EpochMs,
): AgreementState {
  const objections = clause.objections.map((o) => (o.id === next.id ? next : o));
  const updated: Clause = { ...clause, objections, updatedAt: at };
  const settled = { ...updated, status: settledStatus(updated) };
  return {
    ...state,
    clauses: state.clauses.map((c) => (c.id === clause.id ? settled : c)),
    revision: state.revision + 1,
    updatedAt: at,
  };
}

function resolve(
  state: AgreementState,
  clauseId: ClauseId,
  objectionId: string,
  resolution: (clause: Clause) => ObjectionResolution,
  at: EpochMs,
): AgreementState {
  const { clause, objection } = requireObjection(state, clauseId, objectionId);
  return withObjection(
    state,
    clause,
    { ...objection, resolution: resolution(clause), resolvedAt: at, awaitingStanceSince: null },
    at,
  );
}

/** The objecting party takes its objection back. */
export function withdrawObjection(
  state: AgreementState,
  clauseId: ClauseId,
  objectionId: string,
  at: EpochMs,
): AgreementState {
  return resolve(state, clauseId, objectionId, () => ({ kind: 'withdrawn', at }), at);
}

/** The objecting party accepts the clause as amended since it objected. */
export function acceptAmendment(
  state: AgreementState,
  clauseId: ClauseId,
  objectionId: string,
  at: EpochMs,
): AgreementState {
  const { objection } = requireObjection(state, clauseId, objectionId);
  if (objection.awaitingStanceSince === null)
    throw new AgreementRuleError(
      'The clause has not been amended since this objection; amend it first, or the party withdraws the objection.',
    );
  return resolve(
    state,
    clauseId,
    objectionId,
    (clause) => ({ kind: 'amended', at, amendments: clause.amendments.length }),
    at,
  );
}

/** The objecting party still objects to the amended wording: the clause is contested again. */
export function maintainObjection(
  state: AgreementState,
  clauseId: ClauseId,
  objectionId: string,
  at: EpochMs,
): AgreementState {
  const { clause, objection } = requireObjection(state, clauseId, objectionId);
  if (objection.awaitingStanceSince === null) return state;
  return withObjection(state, clause, { ...objection, awaitingStanceSince: null }, at);
}

/** The facilitator goes ahead over an objection; the reason is kept and printed in every export. */
export function overruleObjection(
  state: AgreementState,
  clauseId: ClauseId,
  objectionId: string,
  reason: string,
  at: EpochMs,
): AgreementState {
  const text = overruleReason(reason);
  return resolve(state, clauseId, objectionId, () => ({ kind: 'overruled', at, reason: text }), at);
}

/** The reason for overruling an objection, checked: it is printed in every export, so it is required. */
export function overruleReason(reason: string): string {
  const text = checkText(reason, OBJECTION_REASON_LIMIT, 'reason');
  if (!text.ok)
    throw new AgreementRuleError(
      text.reason === 'empty'
        ? 'Say why the objection is overruled: the reason is recorded in the agreement.'
        : text.message,
    );
  return text.text;
}

/** How an objection ended, in words for the history and the exports. */
export function resolutionText(
  resolution: ObjectionResolution,
  partyName: string,
  when: (at: EpochMs) => string,
): string {
  switch (resolution.kind) {
    case 'amended':
      return `${partyName} accepted the amended wording (${when(resolution.at)})`;
    case 'withdrawn':
      return `withdrawn by ${partyName} (${when(resolution.at)})`;
    case 'overruled':
      return `overruled (${when(resolution.at)}) because ${resolution.reason}`;
    case 'party-removed':
      return `${resolution.partyName} was removed from the agreement (${when(resolution.at)})`;
    case 'settled-unrecorded':
      return `settled when the clause was accepted (${when(resolution.at)}; how was not recorded)`;
  }
}
