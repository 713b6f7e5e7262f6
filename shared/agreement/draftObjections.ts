// Objections to the whole draft (docs/agreement.md, "Consent rounds"): a low stance in a round on
// the whole draft is that party's objection to the draft itself. It ends as a clause's objection
// does — withdrawn by the party or overruled with a recorded reason — never silently, and while it
// stands the party cannot assent to the draft.
import type { EpochMs } from '../domain/types';
import type { AgreementState, Objection, ObjectionResolution, Party, PartyId } from './model';
import { overruleReason } from './objections';
import { AgreementRuleError } from './rules';

/** Ids are positional and draft objections are never removed, so they stay unique. */
function nextDraftObjectionId(state: AgreementState): string {
  return `draft:o${state.draftObjections.length + 1}`;
}

export function standingDraftObjections(state: AgreementState): Objection[] {
  return state.draftObjections.filter((o) => o.resolution === null);
}

/** Records a party's objection to the whole draft; its assent to the draft, if any, lapses. */
export function objectToDraft(
  state: AgreementState,
  partyId: PartyId,
  text: string,
  at: EpochMs,
  roundId: string | null = null,
): AgreementState {
  const objection: Objection = {
    id: nextDraftObjectionId(state),
    partyId,
    text,
    at,
    resolvedAt: null,
    resolution: null,
    awaitingStanceSince: null,
    roundId,
  };
  const { [partyId]: _lapsed, ...draftAssent } = state.draftAssent;
  return {
    ...state,
    draftObjections: [...state.draftObjections, objection],
    draftAssent,
    updatedAt: at,
  };
}

/** Why a party may not assent to the draft while it objects to it, or null. */
export function draftObjectionRefusal(state: AgreementState, party: Party): string | null {
  if (!standingDraftObjections(state).some((o) => o.partyId === party.id)) return null;
  return `${party.name} objects to the whole draft. It can assent once it withdraws the objection, or the objection is overruled with a recorded reason.`;
}

function resolveDraftObjection(
  state: AgreementState,
  objectionId: string,
  resolution: ObjectionResolution,
  at: EpochMs,
): AgreementState {
  const objection = state.draftObjections.find((o) => o.id === objectionId);
  if (!objection) throw new AgreementRuleError('That objection is not on the draft.', 'not-found');
  if (objection.resolution !== null)
    throw new AgreementRuleError('That objection has already been settled.');
  return {
    ...state,
    draftObjections: state.draftObjections.map((o) =>
      o.id === objectionId ? { ...o, resolution, resolvedAt: at } : o,
    ),
    updatedAt: at,
  };
}

/** The objecting party takes back its objection to the draft. */
export function withdrawDraftObjection(
  state: AgreementState,
  objectionId: string,
  at: EpochMs,
): AgreementState {
  return resolveDraftObjection(state, objectionId, { kind: 'withdrawn', at }, at);
}

/** The facilitator goes ahead over an objection to the draft, for a reason every export prints. */
export function overruleDraftObjection(
  state: AgreementState,
  objectionId: string,
  reason: string,
  at: EpochMs,
): AgreementState {
  const text = overruleReason(reason);
  return resolveDraftObjection(state, objectionId, { kind: 'overruled', at, reason: text }, at);
}

/** A removed party's standing objection ends with its removal; its name stays on record. */
export function endForRemovedParty(o: Objection, party: Party, at: EpochMs): Objection {
  if (o.partyId !== party.id) return o;
  return {
    ...o,
    partyName: party.name,
    resolvedAt: o.resolvedAt ?? at,
    awaitingStanceSince: null,
    resolution: o.resolution ?? { kind: 'party-removed', at, partyName: party.name },
  };
}
