import { afterText, type ReviewDocument } from '../../agreement/reviewDocument';
import type { ReviewPart } from '../agreementPart';
import { formatDateTime } from '../document';

/** A review document as the exporters' review part. */
export function reviewPartFromDocument(doc: ReviewDocument): ReviewPart {
  const facts = [`Started ${formatDateTime(doc.startedAt)}.`];
  if (doc.finishedAt !== null)
    facts.push(
      `Finished ${formatDateTime(doc.finishedAt)}; the agreement as the review left it is ${doc.outcome}.`,
    );
  else
    facts.push(
      `In progress: ${doc.clauses.filter((c) => c.outcome).length} of ${doc.clauses.length} clauses accounted for.`,
    );
  if (doc.tally.length) facts.push(doc.tally.map((t) => `${t.label}: ${t.count}`).join(', ') + '.');
  if (doc.comparison)
    facts.push(
      `${doc.outcome} compared with ${doc.agreed}: ${doc.comparison.changed} changed, ${doc.comparison.added} added, ${doc.comparison.removed} removed.`,
    );
  if (doc.nextReviewDate) facts.push(`Next review: ${doc.nextReviewDate}.`);
  return {
    title: `Review of ${doc.agreed}`,
    facts,
    clauses: doc.clauses.map((c) => ({
      number: c.number,
      promise: c.party ? `${c.promise} (${c.party})` : c.promise,
      details: c.details,
      outcome: c.outcomeLabel,
      evidence: c.evidence,
      reportedBy: c.reportedBy,
      reportedByIsPerson: c.reportedByIsPerson,
      change: c.change,
      after: afterText(c, doc.outcome),
    })),
  };
}
