import { useMemo } from 'react';

import { outcomesFor, reviewableClauses, unmarkedClauses } from '#shared/agreement/review';
import { buildReviewDocument } from '#shared/agreement/reviewDocument';
import { versionLabel } from '#shared/agreement/versions';
import type { SessionId } from '#shared/domain/ids';

import { isReadFailure } from '../../db/readOrFailure';
import { MissingSessionPanel } from '../../ui/MissingSessionPanel';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routeHref } from '../../ui/useHashRoute';
import { useBoardSession, useParticipants } from '../board';
import { CalendarButton } from '../export';
import { ReviewPlanButton } from '../stages';
import { finishReview, markReviewClause } from './commands/reviewCommands';
import { FinishReviewForm } from './FinishReviewForm';
import { formatWhen } from './formatWhen';
import { ReviewClauseForm } from './ReviewClauseForm';
import { useAgreementReviews, useAgreementVersions } from './useAgreement';
import { useAgreementCommand } from './useAgreementCommand';

/**
 * A review session (docs/review.md): the agreed version taken back into the room clause by
 * clause — what was promised, what happened, the evidence, who reported it, what changes.
 */
export function ReviewScreen({ sessionId, reviewId }: { sessionId: SessionId; reviewId: string }) {
  const board = useBoardSession(sessionId);
  const versions = useAgreementVersions(sessionId);
  const reviews = useAgreementReviews(sessionId);
  const participants = useParticipants(sessionId);
  const run = useAgreementCommand();
  const review = reviews?.find((r) => r.id === reviewId);
  const agreed = versions?.find((v) => v.id === review?.versionId);
  const outcome = versions?.find((v) => v.id === review?.outcomeVersionId) ?? null;
  const doc = useMemo(
    () => (review && agreed ? buildReviewDocument(review, agreed, outcome) : null),
    [review, agreed, outcome],
  );

  if (board === undefined || versions === undefined || reviews === undefined)
    return (
      <p className="loading" role="status">
        Opening the review…
      </p>
    );
  if (isReadFailure(board)) return <ReadFailedPanel what="this session" detail={board.message} />;
  if (board === 'missing') return <MissingSessionPanel />;
  const back = { to: { name: 'agreement' as const, sessionId }, label: '← Agreement' };
  if (!review || !agreed || !doc)
    return (
      <div className="agreement-screen">
        <ScreenHeader back={back} title="Review" />
        <div className="panel">
          <h2>This review is not here</h2>
          <p>It may have been undone, or the version it reviewed deleted.</p>
        </div>
      </div>
    );

  const finished = review.finishedAt !== null;
  const reporters = [
    ...agreed.state.parties.map((p) => p.name),
    ...(participants ?? []).map((p) => p.name),
  ];
  const clauses = reviewableClauses(agreed.state);
  const unmarked = unmarkedClauses(review, agreed.state).length;
  return (
    <div className="agreement-screen review-screen">
      <ScreenHeader
        back={back}
        className="agreement-header"
        title={
          <>
            Review of {doc.agreed}{' '}
            <span className="agreement-session">· {board.session.title}</span>
          </>
        }
      >
        <div className="board-toolbar">
          <a className="button" href={routeHref({ name: 'session', sessionId })}>
            Board
          </a>
          <a className="button" href={routeHref({ name: 'agreement', sessionId })}>
            Amend the agreement
          </a>
        </div>
      </ScreenHeader>
      <p className="review-intro">
        {`${doc.agreed} was saved ${formatWhen(agreed.takenAt)}${agreed.label ? ` (“${agreed.label}”)` : ''}. `}
        {finished
          ? `The review finished ${formatWhen(review.finishedAt!)}: the agreement it left is ${doc.outcome}; next review ${review.nextReviewDate}.`
          : `${clauses.length - unmarked} of ${clauses.length} promises accounted for.`}
      </p>
      <div className="agreement-body">
        <main className="agreement-doc" aria-label="Review of the agreed version">
          <ol className="review-clauses">
            {doc.clauses.map((c) => (
              <ReviewClauseForm
                key={c.clauseId}
                clause={c}
                outcomes={outcomesFor(clauses.find((x) => x.id === c.clauseId)!)}
                reporters={reporters}
                editable={!finished}
                outcome={doc.outcome}
                onSave={(input) =>
                  run(
                    markReviewClause,
                    { reviewId, clauseId: c.clauseId, ...input },
                    { inline: true, done: `Recorded for clause ${c.number}.` },
                  )
                }
              />
            ))}
          </ol>
        </main>
        <aside className="agreement-side review-side">
          {finished ? (
            <section className="panel" aria-label="Outcome">
              <h2>Outcome</h2>
              <p>
                {doc.comparison &&
                  `${doc.outcome} against ${doc.agreed}: ${doc.comparison.changed} changed, ${doc.comparison.added} added, ${doc.comparison.removed} removed.`}
              </p>
              <a
                className="button"
                href={routeHref({
                  name: 'agreement-compare',
                  sessionId,
                  from: String(agreed.number),
                  to: String(outcome?.number ?? 'current'),
                })}
              >
                {`Compare ${doc.agreed} with ${doc.outcome ?? 'the draft'}`}
              </a>
              <p>Next review: {review.nextReviewDate}</p>
              <CalendarButton sessionId={sessionId} />
            </section>
          ) : (
            <>
              <section className="panel" aria-label="Review plan">
                <h2>The review conversation</h2>
                <p className="hint">
                  Three stages on the board: what happened, what we learned, what we change.
                </p>
                <ReviewPlanButton sessionId={sessionId} />
              </section>
              <FinishReviewForm
                unmarked={unmarked}
                onFinish={(nextReviewDate) =>
                  run(
                    finishReview,
                    { reviewId, nextReviewDate },
                    {
                      inline: true,
                      done: `Review finished; the agreement is saved as ${versionLabel(versions.length + 1)}.`,
                    },
                  )
                }
              />
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
