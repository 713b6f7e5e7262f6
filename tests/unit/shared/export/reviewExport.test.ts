// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { finishedReview, reviewedAgreementPart } from '#fixtures/agreement/reviewedAgreement';
import { reviewableClauses } from '#shared/agreement/review';
import { buildReviewDocument } from '#shared/agreement/reviewDocument';

import { exportTexts } from './exportTexts';

function reviewed() {
  const { agreed, outcome, review } = finishedReview();
  return { agreed, outcome, review, doc: buildReviewDocument(review, agreed, outcome) };
}

describe('the review document', () => {
  it('lists each clause of the agreed version with its promise, outcome, evidence, reporter and change', () => {
    const { agreed, doc } = reviewed();
    expect(doc.clauses.map((c) => c.clauseId)).toEqual(
      reviewableClauses(agreed.state).map((c) => c.id),
    );
    const [first] = doc.clauses;
    expect(first).toMatchObject({
      number: '3.1',
      outcomeLabel: 'Not kept',
      evidence: 'Closed on 9 Saturdays; see the rota',
      reportedBy: 'Ada Lovelace',
      reportedByIsPerson: true,
      change: 'Open five days until the rota recovers',
      after: {
        kind: 'changed',
        text: 'The library opens five days a week until the rota recovers',
      },
    });
    expect(doc.clauses[1]!.reportedByIsPerson).toBe(false);
  });

  it('compares the outcome version with the agreed one and tallies the outcomes', () => {
    const { doc } = reviewed();
    expect(doc).toMatchObject({ agreed: 'v1', outcome: 'v2', nextReviewDate: '2027-11-28' });
    expect(doc.comparison).toEqual({ changed: 1, added: 0, removed: 0 });
    expect(doc.tally.map((t) => t.label)).toEqual(['Kept', 'Not kept', 'Happened']);
    expect(doc.tally.reduce((n, t) => n + t.count, 0)).toBe(doc.clauses.length);
  });
});

describe('the review in every export', () => {
  const exported = (anonymise = false) => exportTexts(reviewedAgreementPart(), anonymise);

  it('shows in Markdown, HTML and Word what was promised, what happened, the evidence, the change and the next review', async () => {
    const expected = [
      'Review of v1',
      'Not kept',
      'Evidence: Closed on 9 Saturdays; see the rota',
      'Reported by: Ada Lovelace',
      'What we change: Open five days until the rota recovers',
      'Changed in v2 (3.1): The library opens five days a week until the rota recovers',
      'v2 compared with v1: 1 changed, 0 added, 0 removed.',
      'Next review: 2027-11-28',
    ];
    for (const [format, text] of Object.entries(await exported()))
      for (const line of expected) expect(text, format).toContain(line);
  });

  it('anonymises a person who reported, and keeps a party’s name', async () => {
    const { markdown } = await exported(true);
    expect(markdown).not.toContain('Ada Lovelace');
    expect(markdown).toMatch(/Reported by: Participant [A-Z]/);
    expect(markdown).toContain('Reported by: Those who decide');
  });
});
