// Pure changes to a draft: each takes the state and returns the next one, or throws an
// AgreementRuleError with a message for the facilitator. Commands store the result.
import { checkText, stripControlCharacters } from '../domain/text';
import type { EpochMs } from '../domain/types';
import { draftObjectionRefusal, endForRemovedParty } from './draftObjections';
import {
  clauseNumber,
  type AgreementState,
  type Clause,
  type ClauseId,
  type ClauseStatus,
  type Contingency,
  type LevelOfFunctioning,
  type MandateNoteId,
  type Objection,
  type Party,
  type PartyId,
  type QuestionFollowUp,
  type ReviewTerms,
  type SectionId,
} from './model';
import { acceptRefusal, nextObjectionId, settledStatus } from './objections';
import { agreementDay, checkReviewDate } from './reviewDates';
import {
  AgreementRuleError,
  assentRefusal,
  checkTransition,
  draftAssentRefusal,
  openObjections,
} from './rules';

export const CLAUSE_TEXT_LIMIT = 2000;
const FIELD_LIMIT = 500;

export function cleanField(raw: string | undefined): string {
  const text = stripControlCharacters(raw ?? '').trim();
  if (text.length > FIELD_LIMIT)
    throw new AgreementRuleError(
      `One of the details is ${text.length} characters; the limit is ${FIELD_LIMIT}.`,
    );
  return text;
}

export function validClauseText(raw: string): string {
  const check = checkText(raw, CLAUSE_TEXT_LIMIT, 'clause');
  if (check.ok) return check.text;
  throw new AgreementRuleError(
    check.reason === 'empty' ? 'A clause needs text: write what is being agreed.' : check.message,
  );
}

function requireParty(state: AgreementState, partyId: string | null | undefined): Party {
  const party = state.parties.find((p) => p.id === partyId);
  if (!party)
    throw new AgreementRuleError('That party is no longer part of this agreement.', 'not-found');
  return party;
}

function requireClause(state: AgreementState, clauseId: ClauseId): Clause {
  const clause = state.clauses.find((c) => c.id === clauseId);
  if (!clause) throw new AgreementRuleError('That clause has been deleted.', 'not-found');
  return clause;
}

/** A commitment is always somebody's: one without a party is refused. */
function checkParty(
  state: AgreementState,
  section: SectionId,
  partyId: PartyId | null,
): PartyId | null {
  if (partyId === null) {
    if (section === 'commitments')
      throw new AgreementRuleError('A commitment needs a party: choose who commits to it.');
    return null;
  }
  return requireParty(state, partyId).id;
}

function withClause(state: AgreementState, next: Clause, at: EpochMs, bump = true): AgreementState {
  return {
    ...state,
    clauses: state.clauses.map((c) => (c.id === next.id ? next : c)),
    revision: state.revision + (bump ? 1 : 0),
    updatedAt: at,
  };
}

// ——— parties ———

export interface PartyInput {
  name: string;
  represents?: string;
  mandate?: string;
  role?: Party['role'];
}

function cleanParty(input: PartyInput): Omit<Party, 'id'> {
  const name = checkText(input.name, 200, 'party name');
  if (!name.ok)
    throw new AgreementRuleError(
      name.reason === 'empty' ? 'A party needs a name: who is agreeing?' : name.message,
    );
  return {
    name: name.text,
    represents: cleanField(input.represents),
    mandate: cleanField(input.mandate),
    role: input.role ?? 'other',
  };
}

export function addParty(
  state: AgreementState,
  id: PartyId,
  input: PartyInput,
  at: EpochMs,
): AgreementState {
  const party: Party = { id, ...cleanParty(input) };
  if (state.parties.some((p) => p.name.toLowerCase() === party.name.toLowerCase()))
    throw new AgreementRuleError(`There is already a party called “${party.name}”.`);
  return {
    ...state,
    parties: [...state.parties, party],
    revision: state.revision + 1,
    updatedAt: at,
  };
}

export function updateParty(
  state: AgreementState,
  partyId: PartyId,
  input: PartyInput,
  at: EpochMs,
): AgreementState {
  requireParty(state, partyId);
  const next = cleanParty(input);
  if (
    state.parties.some((p) => p.id !== partyId && p.name.toLowerCase() === next.name.toLowerCase())
  )
    throw new AgreementRuleError(`There is already a party called “${next.name}”.`);
  return {
    ...state,
    parties: state.parties.map((p) => (p.id === partyId ? { id: p.id, ...next } : p)),
    revision: state.revision + 1,
    updatedAt: at,
  };
}

export function partyCommitments(state: AgreementState, partyId: PartyId): Clause[] {
  return state.clauses.filter((c) => c.section === 'commitments' && c.partyId === partyId);
}

/**
 * Removing a party takes its commitments with it (a commitment is always somebody's), so when it
 * has any the removal is refused with code 'confirm' until the facilitator confirms.
 */
export function removeParty(
  state: AgreementState,
  partyId: PartyId,
  confirmed: boolean,
  at: EpochMs,
): AgreementState {
  const party = requireParty(state, partyId);
  const commitments = partyCommitments(state, partyId);
  // Its commitments go with the party; one under a standing objection would take the objection
  // with it, so that is settled first.
  const objected = commitments.filter((c) => openObjections(c).length > 0);
  if (objected.length > 0)
    throw new AgreementRuleError(
      `${party.name}’s commitment ${objected.map((c) => clauseNumber(state, c.id)).join(', ')} has a standing objection; settle it before deleting ${party.name}, so the record keeps it.`,
    );
  if (commitments.length > 0 && !confirmed) {
    const n = commitments.length;
    throw new AgreementRuleError(
      `${party.name} has ${n} commitment${n === 1 ? '' : 's'}. Deleting the party deletes ${n === 1 ? 'it' : 'them'} too.`,
      'confirm',
    );
  }
  const gone = new Set<string>(commitments.map((c) => c.id));
  const { [partyId]: _dropped, ...draftAssent } = state.draftAssent;
  const clauses = state.clauses
    .filter((c) => !gone.has(c.id))
    .map((c) => {
      const { [partyId]: _a, ...assent } = c.assent;
      return {
        ...c,
        partyId: c.partyId === partyId ? null : c.partyId,
        assent,
        // The party's objections stay on record; those still standing end with its removal.
        objections: c.objections.map((o) => endForRemovedParty(o, party, at)),
        contingency: c.contingency && {
          ...c.contingency,
          commitmentIds: c.contingency.commitmentIds.filter((id) => !gone.has(id)),
        },
      };
    });
  const settled = clauses.map((c) => ({ ...c, status: settledStatus(c) }));
  return {
    ...state,
    clauses: settled,
    parties: state.parties.filter((p) => p.id !== partyId),
    mandateNotes: state.mandateNotes.map((n) =>
      n.partyId === partyId ? { ...n, partyId: null } : n,
    ),
    draftAssent,
    draftObjections: state.draftObjections.map((o) => endForRemovedParty(o, party, at)),
    revision: state.revision + 1,
    updatedAt: at,
  };
}

export function assignMandateNote(
  state: AgreementState,
  noteId: MandateNoteId,
  partyId: PartyId | null,
  at: EpochMs,
): AgreementState {
  if (partyId !== null) requireParty(state, partyId);
  if (!state.mandateNotes.some((n) => n.id === noteId))
    throw new AgreementRuleError('That mandate note has been deleted.', 'not-found');
  return {
    ...state,
    mandateNotes: state.mandateNotes.map((n) => (n.id === noteId ? { ...n, partyId } : n)),
    updatedAt: at,
  };
}

// ——— clauses ———

export interface ClauseInput {
  section: SectionId;
  text: string;
  partyId?: PartyId | null;
  level?: Partial<LevelOfFunctioning> | null;
  contingency?: Partial<Contingency> | null;
  review?: Partial<ReviewTerms> | null;
  followUp?: Partial<QuestionFollowUp> | null;
  /** Commitments only: the day it is due ('' for none). */
  dueDate?: string;
}

function cleanDetails(
  state: AgreementState,
  section: SectionId,
  input: Omit<ClauseInput, 'section' | 'text'>,
  current?: Clause,
) {
  const level =
    input.level === undefined
      ? (current?.level ?? null)
      : input.level && {
          what: cleanField(input.level.what),
          standard: cleanField(input.level.standard),
          frequency: cleanField(input.level.frequency),
        };
  const known = new Set<string>(state.clauses.map((c) => c.id));
  const contingency =
    input.contingency === undefined
      ? (current?.contingency ?? null)
      : input.contingency && {
          condition: cleanField(input.contingency.condition),
          consequence: cleanField(input.contingency.consequence),
          objectiveIds: (input.contingency.objectiveIds ?? []).filter((id) => known.has(id)),
          commitmentIds: (input.contingency.commitmentIds ?? []).filter((id) => known.has(id)),
        };
  const review =
    input.review === undefined
      ? (current?.review ?? null)
      : input.review && {
          reporter: cleanField(input.review.reporter),
          reportsTo: cleanField(input.review.reportsTo),
          measure: cleanField(input.review.measure),
          reviewDate: cleanField(input.review.reviewDate),
        };
  // A date the clause already had is left alone, so amending its wording never trips over it.
  if (review?.reviewDate && review.reviewDate !== current?.review?.reviewDate)
    checkReviewDate(review.reviewDate, agreementDay(state));
  const dueDate =
    input.dueDate === undefined ? (current?.dueDate ?? '') : cleanField(input.dueDate);
  if (section === 'commitments' && dueDate && dueDate !== current?.dueDate)
    checkReviewDate(dueDate, agreementDay(state), 'The due date');
  const followUp =
    input.followUp === undefined
      ? (current?.followUp ?? null)
      : input.followUp && cleanFollowUp(state, input.followUp);
  return {
    level: section === 'commitments' ? level : null,
    contingency: section === 'contingencies' ? contingency : null,
    review: section === 'review' ? review : null,
    followUp: section === 'questions' ? followUp : null,
    // Present only when set, so clauses without one keep the shape they always had.
    ...(section === 'commitments' && dueDate ? { dueDate } : {}),
  };
}

/** An open question's owner is a party of the draft or a person named as typed, and a next step. */
function cleanFollowUp(state: AgreementState, input: Partial<QuestionFollowUp>): QuestionFollowUp {
  const owner = cleanField(input.owner);
  const nextStep = cleanField(input.nextStep);
  const ownerKind = owner === '' ? 'none' : (input.ownerKind ?? 'person');
  if (ownerKind === 'party') requireParty(state, owner);
  return { owner, ownerKind, nextStep };
}

export function newClause(
  state: AgreementState,
  id: ClauseId,
  input: ClauseInput,
  at: EpochMs,
): Clause {
  const text = validClauseText(input.text);
  const partyId = checkParty(state, input.section, input.partyId ?? null);
  return {
    id,
    section: input.section,
    text,
    partyId,
    ...cleanDetails(state, input.section, input),
    status: 'proposed',
    sourceCardIds: [],
    origin: 'manual',
    sourceKey: null,
    edited: true,
    amendments: [],
    objections: [],
    assent: {},
    createdAt: at,
    updatedAt: at,
  };
}

export function addClause(
  state: AgreementState,
  id: ClauseId,
  input: ClauseInput,
  at: EpochMs,
): AgreementState {
  const clause = newClause(state, id, input, at);
  return {
    ...state,
    clauses: [...state.clauses, clause],
    revision: state.revision + 1,
    updatedAt: at,
  };
}

export interface AmendInput extends Omit<ClauseInput, 'section' | 'text'> {
  text?: string;
  /** Who proposed the amendment; null when the facilitator changed it for the room. */
  proposedBy?: PartyId | null;
  reason?: string;
}

/**
 * Amends a clause. A change of wording is recorded in the amendment history (who, when, old →
 * new, why), clears the clause's assent (it was given to the old words) and puts an accepted
 * clause back to proposed, because the group has not yet agreed the new words.
 */
export function amendClause(
  state: AgreementState,
  clauseId: ClauseId,
  input: AmendInput,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  const text = input.text === undefined ? clause.text : validClauseText(input.text);
  const partyId = checkParty(
    state,
    clause.section,
    input.partyId === undefined ? clause.partyId : input.partyId,
  );
  if (input.proposedBy) requireParty(state, input.proposedBy);
  const reworded = text !== clause.text;
  // A level of functioning whose "what" was the clause's own wording follows the new wording.
  const follows =
    reworded &&
    input.level === undefined &&
    clause.level !== null &&
    clause.level.what === clause.text;
  const details = cleanDetails(
    state,
    clause.section,
    follows ? { ...input, level: { ...clause.level, what: text } } : input,
    clause,
  );
  // The due date comes from `details` alone, so clearing it removes it.
  const { dueDate: _dueDate, ...rest } = clause;
  const next: Clause = {
    ...rest,
    text,
    partyId,
    ...details,
    edited: true,
    amendments: reworded
      ? [
          ...clause.amendments,
          {
            at,
            partyId: input.proposedBy ?? null,
            oldText: clause.text,
            newText: text,
            reason: cleanField(input.reason),
          },
        ]
      : clause.amendments,
    assent: reworded ? {} : clause.assent,
    // New words reopen the clause for a stance: an objector is asked whether the amendment answers it.
    objections: reworded
      ? clause.objections.map((o) =>
          o.resolution === null && o.awaitingStanceSince === null
            ? { ...o, awaitingStanceSince: at }
            : o,
        )
      : clause.objections,
    status: reworded && clause.status !== 'withdrawn' ? 'proposed' : clause.status,
    updatedAt: at,
  };
  const detailsChanged =
    JSON.stringify(details) !==
    JSON.stringify({
      level: clause.level,
      contingency: clause.contingency,
      review: clause.review,
      followUp: clause.followUp,
      ...(clause.dueDate ? { dueDate: clause.dueDate } : {}),
    });
  // Saving an untouched form is not an edit: it neither marks the clause edited nor bumps the revision.
  if (!reworded && !detailsChanged && partyId === clause.partyId) return state;
  return withClause(state, next, at);
}

export function removeClause(
  state: AgreementState,
  clauseId: ClauseId,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  if (openObjections(clause).length > 0)
    throw new AgreementRuleError(
      'This clause has a standing objection, so deleting it would lose the record. Withdraw the clause instead (it stays on record as withdrawn), or settle the objection first.',
    );
  const clauses = state.clauses
    .filter((c) => c.id !== clauseId)
    .map((c) =>
      c.contingency
        ? {
            ...c,
            contingency: {
              ...c.contingency,
              objectiveIds: c.contingency.objectiveIds.filter((id) => id !== clauseId),
              commitmentIds: c.contingency.commitmentIds.filter((id) => id !== clauseId),
            },
          }
        : c,
    );
  // A deleted generated clause is not offered again when the draft is regenerated.
  const declinedKeys = clause.sourceKey
    ? [...state.declinedKeys, clause.sourceKey]
    : state.declinedKeys;
  // Its consent rounds go with it (a round with a standing objection has already refused the delete).
  const consentRounds = state.consentRounds.filter(
    (r) => r.target.kind !== 'clause' || r.target.clauseId !== clauseId,
  );
  return {
    ...state,
    clauses,
    consentRounds,
    declinedKeys,
    revision: state.revision + 1,
    updatedAt: at,
  };
}

/**
 * Moves a clause one place up (-1) or down (+1) within its section, so the facilitator can put
 * the clauses in the order the parties will read them. Numbers follow position; the text, status
 * and assent stay with the clause. At either end of its section nothing changes.
 */
export function moveClause(
  state: AgreementState,
  clauseId: ClauseId,
  step: -1 | 1,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  const siblings = state.clauses.filter((c) => c.section === clause.section);
  const neighbour = siblings[siblings.indexOf(clause) + step];
  if (!neighbour) return state;
  const clauses = state.clauses.map((c) =>
    c.id === clause.id ? neighbour : c.id === neighbour.id ? clause : c,
  );
  return { ...state, clauses, revision: state.revision + 1, updatedAt: at };
}

/**
 * Moves a clause to accepted, proposed or withdrawn. Accepting is refused while any objection
 * stands (docs/agreement.md, "Honest status rules"); withdrawing keeps the objections on record,
 * and a clause put back on the table is contested again if they still stand.
 */
export function setClauseStatus(
  state: AgreementState,
  clauseId: ClauseId,
  status: Exclude<ClauseStatus, 'contested'>,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  checkTransition(clause.status, status);
  const nameOf = (id: PartyId) => state.parties.find((p) => p.id === id)?.name ?? 'A party';
  if (status === 'accepted') {
    const refusal = acceptRefusal(clause, nameOf);
    if (refusal) throw new AgreementRuleError(refusal);
  }
  const moved: Clause = { ...clause, status, updatedAt: at };
  const next = status === 'proposed' ? { ...moved, status: settledStatus(moved) } : moved;
  if (clause.status === 'contested' && next.status === 'contested')
    throw new AgreementRuleError(acceptRefusal(clause, nameOf)!.replace('accepted', 'reopened'));
  return withClause(state, next, at);
}

/** A party objects: the objection is recorded against that party and the clause becomes contested. */
export function contestClause(
  state: AgreementState,
  clauseId: ClauseId,
  partyId: PartyId,
  reason: string,
  at: EpochMs,
  roundId: string | null = null,
): AgreementState {
  const clause = requireClause(state, clauseId);
  const party = requireParty(state, partyId);
  if (clause.status === 'withdrawn')
    throw new AgreementRuleError(
      'This clause has been withdrawn; put it back as proposed before contesting it.',
    );
  const text = checkText(reason, FIELD_LIMIT, 'objection');
  if (!text.ok)
    throw new AgreementRuleError(
      text.reason === 'empty' ? `Say what ${party.name} objects to.` : text.message,
    );
  const { [partyId]: _withdrawn, ...assent } = clause.assent;
  const objection: Objection = {
    id: nextObjectionId(clause),
    partyId,
    text: text.text,
    at,
    resolvedAt: null,
    resolution: null,
    awaitingStanceSince: null,
    roundId,
  };
  return withClause(
    state,
    {
      ...clause,
      status: 'contested',
      assent,
      objections: [...clause.objections, objection],
      updatedAt: at,
    },
    at,
  );
}

export function recordClauseAssent(
  state: AgreementState,
  clauseId: ClauseId,
  partyId: PartyId,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  const party = requireParty(state, partyId);
  const refusal = assentRefusal(clause, partyId, party.name);
  if (refusal) throw new AgreementRuleError(refusal);
  if (clause.assent[partyId]) return state;
  // Assent is a record about the clause, not a change to its terms: the draft revision stays.
  return withClause(
    state,
    { ...clause, assent: { ...clause.assent, [partyId]: { at } }, updatedAt: at },
    at,
    false,
  );
}

export function withdrawClauseAssent(
  state: AgreementState,
  clauseId: ClauseId,
  partyId: PartyId,
  at: EpochMs,
): AgreementState {
  const clause = requireClause(state, clauseId);
  const { [partyId]: _gone, ...assent } = clause.assent;
  return withClause(state, { ...clause, assent, updatedAt: at }, at, false);
}

export function recordDraftAssent(
  state: AgreementState,
  partyId: PartyId,
  at: EpochMs,
): AgreementState {
  const party = requireParty(state, partyId);
  const objecting = draftObjectionRefusal(state, party);
  if (objecting) throw new AgreementRuleError(objecting);
  const contested = state.clauses
    .filter((c) => c.status === 'contested')
    .map((c) => clauseNumber(state, c.id));
  const refusal = draftAssentRefusal(state.clauses, contested);
  if (refusal) throw new AgreementRuleError(refusal);
  return {
    ...state,
    draftAssent: { ...state.draftAssent, [partyId]: { at, revision: state.revision } },
    updatedAt: at,
  };
}

export function withdrawDraftAssent(
  state: AgreementState,
  partyId: PartyId,
  at: EpochMs,
): AgreementState {
  const { [partyId]: _gone, ...draftAssent } = state.draftAssent;
  return { ...state, draftAssent, updatedAt: at };
}
