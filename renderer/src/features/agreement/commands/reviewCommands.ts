// Reviews after the day (docs/review.md): start one on an agreed version, account for each
// commitment and contingency, and finish with the next review date and a new version of the
// agreement. The rules are shared/agreement/review.ts; these only load, apply and store.
import { defineCommand, type CommandContext } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import { sectionClauses, type AgreementState, type ClauseId } from '#shared/agreement/model';
import { addClause, amendClause } from '#shared/agreement/negotiation';
import {
  finishReview as finish,
  markClause,
  startReview as start,
  type MarkInput,
} from '#shared/agreement/review';
import type { AgreementReview } from '#shared/agreement/reviewTypes';
import { AgreementRuleError } from '#shared/agreement/rules';
import { upgradeAgreementVersion } from '#shared/agreement/upgrade';
import { takeSnapshot, versionLabel } from '#shared/agreement/versions';
import { newId, type SessionId } from '#shared/domain/ids';

import { loadDraft } from './draftCommand';

/** A rule the facilitator broke, said as the refusal the notice bar shows. */
function ruled<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AgreementRuleError)
      throw new CommandError(error.code === 'not-found' ? 'not-found' : 'invalid', error.message);
    throw error;
  }
}

async function sessionVersions(db: CommandContext['db'], sessionId: SessionId) {
  return (
    await db.agreementVersions
      .where('[sessionId+number]')
      .between([sessionId, -Infinity], [sessionId, Infinity])
      .toArray()
  ).map(upgradeAgreementVersion);
}

async function requireReview(db: CommandContext['db'], reviewId: string) {
  const review = await db.agreementReviews.get(reviewId);
  if (!review) throw new CommandError('not-found', 'That review has been deleted.');
  const version = await db.agreementVersions.get(review.versionId);
  if (!version) throw new CommandError('not-found', 'The version under review has been deleted.');
  return { review, agreed: upgradeAgreementVersion(version).state };
}

/**
 * Starts a review of a saved version — the latest unless one is named. The agreement is reviewed
 * as it was agreed, so a version must exist; a second open review of the session is refused.
 */
export const startReview = defineCommand<
  { sessionId: SessionId; versionNumber?: number },
  AgreementReview
>({
  name: 'agreement.startReview',
  label: 'Start review',
  tables: ['agreementReviews', 'agreementVersions', 'sessions'],
  undoable: true,
  async run({ sessionId, versionNumber }, w, { db, now }) {
    await requireSession(db, sessionId);
    const versions = await sessionVersions(db, sessionId);
    const version =
      versionNumber === undefined
        ? versions.at(-1)
        : versions.find((v) => v.number === versionNumber);
    if (!version)
      throw new CommandError(
        'invalid',
        versionNumber === undefined
          ? 'Save the agreed draft as a version first: a review holds the agreed version to account.'
          : `There is no version ${versionLabel(versionNumber)} of this agreement.`,
      );
    const open = (await db.agreementReviews.where('sessionId').equals(sessionId).toArray()).find(
      (r) => r.finishedAt === null,
    );
    if (open)
      throw new CommandError(
        'invalid',
        `The review of ${versionLabel(open.versionNumber)} is still open; finish it before starting another.`,
      );
    const review = ruled(() => start(version, newId(), now()));
    await w.put('agreementReviews', review.id, review);
    await db.sessions.update(sessionId, { updatedAt: now() });
    return review;
  },
});

/** Records what became of one commitment or contingency: outcome, evidence, who reported it. */
export const markReviewClause = defineCommand<MarkInput & { reviewId: string }, AgreementReview>({
  name: 'agreement.markReview',
  label: 'Record what happened',
  tables: ['agreementReviews', 'agreementVersions'],
  undoable: true,
  async run({ reviewId, ...input }, w, { db, now }) {
    const { review, agreed } = await requireReview(db, reviewId);
    const next = ruled(() => markClause(review, agreed, input, now()));
    await w.put('agreementReviews', next.id, next);
    return next;
  },
});

/** The draft with its next review date: on its first review clause, or a review clause added for it. */
function withNextReview(state: AgreementState, date: string, at: number): AgreementState {
  const clause = sectionClauses(state, 'review').find((c) => c.status !== 'withdrawn');
  if (clause)
    return amendClause(
      state,
      clause.id,
      { review: { reporter: '', reportsTo: '', measure: '', ...clause.review, reviewDate: date } },
      at,
    );
  return addClause(
    state,
    newId<ClauseId>(),
    { section: 'review', text: 'Review this agreement', review: { reviewDate: date } },
    at,
  );
}

/**
 * Finishes a review: every clause accounted for, the next review date written into the draft, and
 * the draft saved as the next version — the outcome a reader compares with the agreed one.
 */
export const finishReview = defineCommand<
  { reviewId: string; nextReviewDate: string },
  AgreementReview
>({
  name: 'agreement.finishReview',
  label: 'Finish review',
  tables: ['agreementReviews', 'agreementVersions', 'agreements', 'sessions'],
  undoable: true,
  async run({ reviewId, nextReviewDate }, w, { db, now }) {
    const at = now();
    const { review, agreed } = await requireReview(db, reviewId);
    const sessionId = review.sessionId as SessionId;
    const versionId = newId();
    // The rules first, so a refusal writes nothing.
    const finished = ruled(() =>
      finish(review, agreed, { nextReviewDate, outcomeVersionId: versionId }, at),
    );
    const before = await loadDraft(db, sessionId, at);
    const draft = ruled(() => withNextReview(before, finished.nextReviewDate, at));
    await w.put('agreements', sessionId, draft);
    const versions = await sessionVersions(db, sessionId);
    const outcome = takeSnapshot(
      draft,
      versions,
      versionId,
      at,
      `After the review of ${versionLabel(review.versionNumber)}`,
    );
    await w.put('agreementVersions', outcome.id, outcome);
    await w.put('agreementReviews', finished.id, finished);
    await db.sessions.update(sessionId, { updatedAt: at });
    return finished;
  },
});
