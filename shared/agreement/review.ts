// The rules of a review session (docs/review.md): which clauses are held to account, how each is
// marked, and when a review may finish. Pure functions over plain values, like the rest of
// shared/agreement, so the commands only load, apply and store.
import { localDay, nextDay } from '../domain/calendarDay';
import { checkText, stripControlCharacters } from '../domain/text';
import type { EpochMs } from '../domain/types';
import { clauseNumber, type AgreementState, type AgreementVersion, type Clause } from './model';
import { cleanField } from './negotiation';
import { checkReviewDate } from './reviewDates';
import {
  COMMITMENT_OUTCOMES,
  CONTINGENCY_OUTCOMES,
  type AgreementReview,
  type ReviewEntry,
  type ReviewOutcome,
} from './reviewTypes';
import { AgreementRuleError } from './rules';

/** Evidence and changes are short accounts, not clauses: a paragraph or two. */
export const REVIEW_TEXT_LIMIT = 2000;

/**
 * The clauses a review holds to account: each commitment (levels of functioning are commitments
 * with a standard) and each contingency, as agreed. A withdrawn clause was never promised.
 */
export function reviewableClauses(state: AgreementState): Clause[] {
  return state.clauses.filter(
    (c) =>
      (c.section === 'commitments' || c.section === 'contingencies') && c.status !== 'withdrawn',
  );
}

/** The outcomes a clause may be given: kept… for a commitment, happened or not for a contingency. */
export function outcomesFor(clause: Clause): readonly ReviewOutcome[] {
  return clause.section === 'contingencies' ? CONTINGENCY_OUTCOMES : COMMITMENT_OUTCOMES;
}

export function startReview(version: AgreementVersion, id: string, at: EpochMs): AgreementReview {
  if (reviewableClauses(version.state).length === 0)
    throw new AgreementRuleError(
      `v${version.number} has no commitments or contingencies to review; add them to the draft and save a version first.`,
    );
  return {
    id,
    sessionId: version.sessionId,
    versionId: version.id,
    versionNumber: version.number,
    startedAt: at,
    updatedAt: at,
    entries: {},
    nextReviewDate: '',
    finishedAt: null,
    outcomeVersionId: null,
  };
}

export interface MarkInput {
  clauseId: string;
  outcome: ReviewOutcome;
  evidence: string;
  reportedBy: string;
  change?: string;
}

function reviewText(raw: string | undefined, what: string): string {
  const text = stripControlCharacters(raw ?? '').trim();
  if (text === '') return '';
  const check = checkText(text, REVIEW_TEXT_LIMIT, what);
  if (!check.ok) throw new AgreementRuleError(check.message);
  return check.text;
}

/** Records what became of one clause of the agreed version. Marking again replaces the account. */
export function markClause(
  review: AgreementReview,
  agreed: AgreementState,
  input: MarkInput,
  at: EpochMs,
): AgreementReview {
  if (review.finishedAt !== null)
    throw new AgreementRuleError('This review has finished; start a new review to mark it again.');
  const clause = reviewableClauses(agreed).find((c) => c.id === input.clauseId);
  if (!clause)
    throw new AgreementRuleError(
      'That clause is not a commitment or contingency of the agreed version.',
      'not-found',
    );
  if (!outcomesFor(clause).includes(input.outcome))
    throw new AgreementRuleError(
      clause.section === 'contingencies'
        ? 'A contingency either happened or did not happen.'
        : 'A commitment is kept, partly kept, not kept, or no longer relevant.',
    );
  const evidence = reviewText(input.evidence, 'evidence');
  const reportedBy = cleanField(input.reportedBy);
  // An account with nobody behind it cannot hold anyone to account.
  if (reportedBy === '')
    throw new AgreementRuleError(
      `Say who reported what happened to clause ${clauseNumber(agreed, clause.id)}.`,
    );
  if (
    evidence === '' &&
    input.outcome !== 'no-longer-relevant' &&
    input.outcome !== 'did-not-happen'
  )
    throw new AgreementRuleError(
      `Give the evidence for clause ${clauseNumber(agreed, clause.id)}: what shows it?`,
    );
  const entry: ReviewEntry = {
    outcome: input.outcome,
    evidence,
    reportedBy,
    change: reviewText(input.change, 'change'),
    at,
  };
  return { ...review, entries: { ...review.entries, [clause.id]: entry }, updatedAt: at };
}

/** The numbers of the clauses still without an account, in draft order. */
export function unmarkedClauses(review: AgreementReview, agreed: AgreementState): string[] {
  return reviewableClauses(agreed)
    .filter((c) => !review.entries[c.id])
    .map((c) => clauseNumber(agreed, c.id));
}

/** Ends a review: every clause accounted for and the next review fixed. */
export function finishReview(
  review: AgreementReview,
  agreed: AgreementState,
  input: { nextReviewDate: string; outcomeVersionId: string },
  at: EpochMs,
): AgreementReview {
  if (review.finishedAt !== null) throw new AgreementRuleError('This review has already finished.');
  const unmarked = unmarkedClauses(review, agreed);
  if (unmarked.length)
    throw new AgreementRuleError(
      `Say what happened to ${unmarked.length === 1 ? 'clause' : 'clauses'} ${unmarked.join(', ')} before finishing the review.`,
    );
  if (!input.nextReviewDate.trim())
    throw new AgreementRuleError('Fix the date of the next review before finishing.');
  const nextReviewDate = checkReviewDate(
    input.nextReviewDate.trim(),
    { day: nextDay(localDay(at)), is: 'the day after this review' },
    'The next review',
  );
  return {
    ...review,
    nextReviewDate,
    finishedAt: at,
    outcomeVersionId: input.outcomeVersionId,
    updatedAt: at,
  };
}
