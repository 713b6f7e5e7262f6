import { isReadFailure } from '../../db/readOrFailure';
import { routeHref } from '../../ui/useHashRoute';
import { URGENCY_LABELS } from './urgencyLabels';
import { useReviewsDue } from './useReviewsDue';

/** Home: the agreements due for review, so a date in the draft is not a date forgotten. */
export function ReviewsDuePanel() {
  const due = useReviewsDue();
  if (due === undefined || isReadFailure(due) || due.length === 0) return null;
  return (
    <section className="panel reviews-due" aria-labelledby="reviews-due-heading">
      <h2 id="reviews-due-heading">Reviews due</h2>
      <ul>
        {due.map((d) => (
          <li key={d.sessionId}>
            <a href={routeHref({ name: 'agreement', sessionId: d.sessionId })}>{d.title}</a>{' '}
            <span className={`review-due review-${d.urgency}`}>
              review {d.date}, {URGENCY_LABELS[d.urgency]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
