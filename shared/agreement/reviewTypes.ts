// A review session after the day (docs/review.md): the agreed version is taken back into the room
// clause by clause. One row per review, kept beside the draft (Dexie table agreementReviews).
import type { EpochMs } from '../domain/types';

/** What became of a commitment (or a level of functioning) since it was agreed. */
export const COMMITMENT_OUTCOMES = [
  'kept',
  'partly-kept',
  'not-kept',
  'no-longer-relevant',
] as const;
/** Whether a contingency's "if" came about. */
export const CONTINGENCY_OUTCOMES = ['happened', 'did-not-happen'] as const;
export const REVIEW_OUTCOMES = [...COMMITMENT_OUTCOMES, ...CONTINGENCY_OUTCOMES] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  kept: 'Kept',
  'partly-kept': 'Partly kept',
  'not-kept': 'Not kept',
  'no-longer-relevant': 'No longer relevant',
  happened: 'Happened',
  'did-not-happen': 'Did not happen',
};

/** One clause's account: what happened, on what evidence, who said so, and what changes. */
export interface ReviewEntry {
  outcome: ReviewOutcome;
  evidence: string;
  /** Who reported it: a person or a party, as typed. */
  reportedBy: string;
  /** What the group changes because of it ('' when nothing). */
  change: string;
  at: EpochMs;
}

export interface AgreementReview {
  id: string;
  sessionId: string;
  /** The agreed version under review (a row of agreementVersions) and its number, v1, v2… */
  versionId: string;
  versionNumber: number;
  startedAt: EpochMs;
  updatedAt: EpochMs;
  /** Clause id (of the agreed version) → its account. */
  entries: Record<string, ReviewEntry>;
  /** The day fixed for the next review when the review finished ('' before). */
  nextReviewDate: string;
  finishedAt: EpochMs | null;
  /** The version saved when the review finished: the agreement as the review left it. */
  outcomeVersionId: string | null;
}
