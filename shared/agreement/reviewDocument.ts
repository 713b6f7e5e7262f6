// A review as a reader sees it (docs/review.md, "The review in exports"): clause by clause, what
// was promised in the agreed version, what happened, on what evidence, who said so, what changes,
// and how the clause reads in the version the review produced. Shared by the review screen and
// every export.
import { clauseDetails } from './document';
import { clauseNumber, type AgreementState, type AgreementVersion } from './model';
import { reviewableClauses } from './review';
import { OUTCOME_LABELS, type AgreementReview, type ReviewOutcome } from './reviewTypes';
import { diffVersions, versionLabel, type ClauseChangeKind } from './versions';

export interface ReviewedClause {
  clauseId: string;
  number: string;
  /** The promise as agreed: the clause, whose it is, and its particulars (standard, if/then). */
  promise: string;
  party: string | null;
  details: string[];
  outcome: ReviewOutcome | null;
  outcomeLabel: string;
  evidence: string;
  reportedBy: string;
  /** False when the reporter is one of the agreement's parties (a party is never anonymised). */
  reportedByIsPerson: boolean;
  change: string;
  /** How the clause stands in the outcome version; null until the review has finished. */
  after: { kind: ClauseChangeKind; text: string | null; number: string | null } | null;
}

export interface ReviewDocument {
  agreed: string;
  outcome: string | null;
  startedAt: number;
  finishedAt: number | null;
  nextReviewDate: string;
  clauses: ReviewedClause[];
  /** Counts per outcome, in the order of OUTCOME_LABELS, leaving out those with none. */
  tally: { label: string; count: number }[];
  /** The outcome version against the agreed one: changed, added, removed (finished reviews). */
  comparison: { changed: number; added: number; removed: number } | null;
}

export function buildReviewDocument(
  review: AgreementReview,
  agreed: AgreementVersion,
  outcome: AgreementVersion | null,
): ReviewDocument {
  const state: AgreementState = agreed.state;
  const partyName = (id: string | null) => state.parties.find((p) => p.id === id)?.name ?? null;
  const parties = new Set(state.parties.map((p) => p.name.trim().toLowerCase()));
  const diff = outcome ? diffVersions(state, outcome.state) : null;
  const clauses = reviewableClauses(state).map((c): ReviewedClause => {
    const entry = review.entries[c.id];
    const d = diff?.clauses.find((x) => x.clauseId === c.id);
    return {
      clauseId: c.id,
      number: clauseNumber(state, c.id),
      promise: c.text,
      party: partyName(c.partyId),
      details: clauseDetails(state, c).map((x) => `${x.label}: ${x.value}`),
      outcome: entry?.outcome ?? null,
      outcomeLabel: entry ? OUTCOME_LABELS[entry.outcome] : 'Not yet reviewed',
      evidence: entry?.evidence ?? '',
      reportedBy: entry?.reportedBy ?? '',
      reportedByIsPerson: !parties.has((entry?.reportedBy ?? '').trim().toLowerCase()),
      change: entry?.change ?? '',
      after: d ? { kind: d.kind, text: d.textAfter, number: d.numberAfter } : null,
    };
  });
  const tally = (Object.keys(OUTCOME_LABELS) as ReviewOutcome[])
    .map((o) => ({
      label: OUTCOME_LABELS[o],
      count: clauses.filter((c) => c.outcome === o).length,
    }))
    .filter((t) => t.count > 0);
  return {
    agreed: versionLabel(agreed.number),
    outcome: outcome ? versionLabel(outcome.number) : null,
    startedAt: review.startedAt,
    finishedAt: review.finishedAt,
    nextReviewDate: review.nextReviewDate,
    clauses,
    tally,
    comparison: diff && {
      changed: diff.counts.changed,
      added: diff.counts.added,
      removed: diff.counts.removed,
    },
  };
}

/** How a reviewed clause reads in the outcome version, in a line; '' until the review finished. */
export function afterText(c: ReviewedClause, outcome: string | null): string {
  if (!c.after || !outcome) return '';
  switch (c.after.kind) {
    case 'removed':
      return `Removed in ${outcome}.`;
    case 'changed':
      return `Changed in ${outcome} (${c.after.number}): ${c.after.text}`;
    default:
      return `Unchanged in ${outcome}.`;
  }
}
