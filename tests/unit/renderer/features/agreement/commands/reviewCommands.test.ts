import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import {
  generateAgreementDraft,
  snapshotAgreement,
} from '#renderer/features/agreement/commands/agreementCommands';
import {
  finishReview,
  markReviewClause,
  startReview,
} from '#renderer/features/agreement/commands/reviewCommands';
import { sectionClauses } from '#shared/agreement/model';
import { reviewableClauses } from '#shared/agreement/review';
import { diffVersions } from '#shared/agreement/versions';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

async function agreed() {
  const { session } = await buildSession(app);
  for (const [lane, text, kind] of [
    ['conclusions', 'The library stays open 6 days a week', 'commitment'],
    [
      'practicability',
      'If volunteers cannot staff Saturdays, then the library opens five days',
      'point',
    ],
  ] as const)
    await app.commands.run(addCard, { sessionId: session.id, lane, text, kind });
  await app.commands.run(generateAgreementDraft, { sessionId: session.id });
  await app.commands.run(snapshotAgreement, { sessionId: session.id, note: 'Agreed' });
  return session.id;
}

describe('review commands over the database', () => {
  it('refuse to start a review before any version is saved', async () => {
    const { session } = await buildSession(app);
    await expect(app.commands.run(startReview, { sessionId: session.id })).rejects.toThrow(
      /Save the agreed draft as a version first/,
    );
    expect(await app.db.agreementReviews.count()).toBe(0);
  });

  it('start on the latest version, one open review at a time; undo removes it', async () => {
    const sessionId = await agreed();
    const review = await app.commands.run(startReview, { sessionId });
    expect(review).toMatchObject({ versionNumber: 1, finishedAt: null });
    await expect(app.commands.run(startReview, { sessionId })).rejects.toThrow(
      'The review of v1 is still open; finish it before starting another.',
    );
    await app.commands.undo();
    expect(await app.db.agreementReviews.count()).toBe(0);
  });

  it('mark every clause, then finish: the next date goes into the draft and a new version is compared with the agreed one', async () => {
    const sessionId = await agreed();
    const review = await app.commands.run(startReview, { sessionId });
    const agreedState = (await app.db.agreementVersions.get(review.versionId))!.state;
    const clauses = reviewableClauses(agreedState);
    expect(clauses.length).toBe(2);
    await expect(
      app.commands.run(finishReview, { reviewId: review.id, nextReviewDate: '2027-06-01' }),
    ).rejects.toThrow(/Say what happened to clauses/);
    for (const c of clauses)
      await app.commands.run(markReviewClause, {
        reviewId: review.id,
        clauseId: c.id,
        outcome: c.section === 'commitments' ? 'not-kept' : 'happened',
        evidence: 'The rota sheet',
        reportedBy: 'Ada',
        change: 'Open five days',
      });
    await expect(
      app.commands.run(finishReview, { reviewId: review.id, nextReviewDate: '2027-02-30' }),
    ).rejects.toThrow(/must be a day of the calendar/);
    const done = await app.commands.run(finishReview, {
      reviewId: review.id,
      nextReviewDate: '2027-06-01',
    });
    const outcome = (await app.db.agreementVersions.get(done.outcomeVersionId!))!;
    expect(outcome).toMatchObject({ number: 2, label: 'After the review of v1' });
    const draft = (await app.db.agreements.get(sessionId))!;
    expect(sectionClauses(draft, 'review').map((c) => c.review?.reviewDate)).toContain(
      '2027-06-01',
    );
    const diff = diffVersions(agreedState, outcome.state);
    expect(diff.counts.added + diff.counts.changed).toBeGreaterThan(0);
    // Undo takes back the version, the date and the finish together.
    await app.commands.undo();
    expect(await app.db.agreementVersions.count()).toBe(1);
    expect((await app.db.agreementReviews.get(review.id))!.finishedAt).toBeNull();
    expect(await app.db.agreements.get(sessionId)).toEqual(
      expect.objectContaining({ revision: agreedState.revision }),
    );
  });
});
