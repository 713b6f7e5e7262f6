import type { AgreementState, AgreementVersion } from '#shared/agreement/model';
import { lastReviewedAt, nextReviewDate, reviewUrgency } from '#shared/agreement/reviewDates';
import type { AgreementReview } from '#shared/agreement/reviewTypes';
import { versionLabel } from '#shared/agreement/versions';
import { localDay } from '#shared/domain/calendarDay';
import type { SessionId } from '#shared/domain/ids';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { navigate, routeHref } from '../../ui/useHashRoute';
import { CalendarButton } from '../export';
import { startReview } from './commands/reviewCommands';
import { formatWhen } from './formatWhen';
import { URGENCY_LABELS } from './urgencyLabels';

/**
 * After the day: when the agreement is next reviewed, the calendar file, and the review session
 * itself — started on the latest saved version, as agreed (docs/review.md).
 */
export function ReviewPanel({
  sessionId,
  state,
  versions,
  reviews,
}: {
  sessionId: SessionId;
  state: AgreementState;
  versions: readonly AgreementVersion[];
  reviews: readonly AgreementReview[];
}) {
  const runWithNotice = useRunWithNotice();
  const next = nextReviewDate(state, lastReviewedAt(reviews));
  const urgency = next ? reviewUrgency(next, localDay(Date.now())) : null;
  const open = reviews.find((r) => r.finishedAt === null);
  const latest = versions.at(-1);

  async function start() {
    const outcome = await runWithNotice(startReview, { sessionId }, { offerUndo: true });
    if (outcome.ok) navigate({ name: 'agreement-review', sessionId, reviewId: outcome.value.id });
  }

  return (
    <section className="reviews panel" aria-label="After the day">
      <h2>After the day</h2>
      {next ? (
        <p className="review-next">
          Next review: <strong>{next}</strong>
          {urgency && (
            <span className={`review-due review-${urgency}`}> {URGENCY_LABELS[urgency]}</span>
          )}
        </p>
      ) : (
        <p className="hint">
          No review date yet: set one on a clause under Accountability and review.
        </p>
      )}
      <div className="review-actions">
        {next && <CalendarButton sessionId={sessionId} />}
        {open ? (
          <a
            className="button button-primary"
            href={routeHref({ name: 'agreement-review', sessionId, reviewId: open.id })}
          >
            {`Continue the review of ${versionLabel(open.versionNumber)}`}
          </a>
        ) : (
          <button type="button" className="button" onClick={() => void start()}>
            {latest ? `Start review of ${versionLabel(latest.number)}` : 'Start review'}
          </button>
        )}
      </div>
      {reviews.length > 0 && (
        <ol className="review-list">
          {reviews.map((r) => (
            <li key={r.id}>
              <a href={routeHref({ name: 'agreement-review', sessionId, reviewId: r.id })}>
                Review of {versionLabel(r.versionNumber)}
              </a>{' '}
              <span className="hint">
                {r.finishedAt === null
                  ? `open since ${formatWhen(r.startedAt)}`
                  : `finished ${formatWhen(r.finishedAt)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
