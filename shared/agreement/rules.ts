// Negotiation rules: clause status transitions and who may assent to what. Kept apart from the
// functions that change the draft so the rules read as a table a facilitator could check.
import type { Clause, ClauseStatus } from './model';

/** A change the rules refuse; the message is written for the facilitator and shown as-is. */
export class AgreementRuleError extends Error {
  constructor(
    message: string,
    /** 'confirm' means the change is allowed once the facilitator confirms it (e.g. deleting a party with commitments). */
    readonly code: 'invalid' | 'not-found' | 'confirm' = 'invalid',
  ) {
    super(message);
    this.name = 'AgreementRuleError';
  }
}

/**
 * Which status a clause may move to from each status. A withdrawn clause can only be put back on
 * the table as proposed; everything else can move freely between proposed, accepted and contested,
 * because a negotiation reopens what it settled.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ClauseStatus, readonly ClauseStatus[]>> = {
  proposed: ['accepted', 'contested', 'withdrawn'],
  contested: ['accepted', 'proposed', 'withdrawn'],
  accepted: ['contested', 'proposed', 'withdrawn'],
  withdrawn: ['proposed'],
};

export const STATUS_LABELS: Readonly<Record<ClauseStatus, string>> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  contested: 'Contested',
  withdrawn: 'Withdrawn',
};

export function canTransition(from: ClauseStatus, to: ClauseStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export function checkTransition(from: ClauseStatus, to: ClauseStatus): void {
  if (from === to)
    throw new AgreementRuleError(`This clause is already ${STATUS_LABELS[to].toLowerCase()}.`);
  if (!canTransition(from, to)) {
    throw new AgreementRuleError(
      `A ${STATUS_LABELS[from].toLowerCase()} clause cannot become ${STATUS_LABELS[to].toLowerCase()} directly; put it back as proposed first.`,
    );
  }
}

/** Objections that still stand against a clause: not yet resolved in one of the recorded ways. */
export function openObjections(clause: Clause) {
  return clause.objections.filter((o) => o.resolution === null);
}

/**
 * Assent to one clause is assent to its current text. It is refused on a withdrawn clause (there
 * is nothing to agree to), on a contested one (the contest is settled first), and for a party
 * that still has an open objection to it.
 */
export function assentRefusal(clause: Clause, partyId: string, partyName: string): string | null {
  if (clause.status === 'withdrawn')
    return 'This clause has been withdrawn; put it back as proposed before anyone assents to it.';
  if (clause.status === 'contested')
    return 'This clause is contested; settle the contest first (the objection withdrawn, an amendment accepted by the objector, or overruled with a reason).';
  if (openObjections(clause).some((o) => o.partyId === partyId))
    return `${partyName} still objects to this clause; settle that objection first.`;
  return null;
}

/**
 * Assent to the whole draft means a party accepts the draft as it stands, proposed clauses
 * included. It is refused while any clause is contested, and when there is nothing to agree to.
 */
export function draftAssentRefusal(
  clauses: readonly Clause[],
  contestedNumbers: readonly string[],
): string | null {
  if (clauses.every((c) => c.status === 'withdrawn'))
    return 'There are no clauses to assent to yet.';
  if (contestedNumbers.length === 1)
    return `Clause ${contestedNumbers[0]} is still contested; settle it before a party assents to the whole draft.`;
  if (contestedNumbers.length > 1)
    return `Clauses ${contestedNumbers.join(', ')} are still contested; settle them before a party assents to the whole draft.`;
  return null;
}
