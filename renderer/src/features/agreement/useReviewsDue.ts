import {
  lastReviewedAt,
  nextReviewDate,
  reviewUrgency,
  type ReviewUrgency,
} from '#shared/agreement/reviewDates';
import { upgradeAgreementState } from '#shared/agreement/upgrade';
import { localDay } from '#shared/domain/calendarDay';
import type { SessionId } from '#shared/domain/ids';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

export interface ReviewDue {
  sessionId: SessionId;
  title: string;
  date: string;
  urgency: ReviewUrgency;
}

/**
 * The agreements whose next review has passed or is near (docs/review.md), most pressing first:
 * what home shows. `today` is the facilitator's calendar day.
 */
export function useReviewsDue(today = localDay(Date.now())): ReadResult<ReviewDue[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async () => {
        const [agreements, reviews, sessions] = await Promise.all([
          db.agreements.toArray(),
          db.agreementReviews.toArray(),
          db.sessions.toArray(),
        ]);
        const titles = new Map(sessions.map((s) => [s.id as string, s.title]));
        return agreements
          .flatMap((row): ReviewDue[] => {
            const title = titles.get(row.sessionId);
            const mine = reviews.filter((r) => r.sessionId === row.sessionId);
            const date = nextReviewDate(upgradeAgreementState(row), lastReviewedAt(mine));
            const urgency = date ? reviewUrgency(date, today) : null;
            return title && date && urgency
              ? [{ sessionId: row.sessionId as SessionId, title, date, urgency }]
              : [];
          })
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      }),
    [db, today],
  );
}
