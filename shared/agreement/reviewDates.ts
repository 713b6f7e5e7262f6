// Review dates: a real day of the calendar, never before the agreement was made (docs/review.md),
// and which agreements are due for review.
import { daysBetween, isCalendarDay, localDay } from '../domain/calendarDay';
import type { AgreementState, Clause } from './model';
import { AgreementRuleError } from './rules';

/**
 * A review date must be a real day, and not before `earliest` (the day the agreement was made,
 * or the day of the review that sets the next one). Returns the date, or throws why not.
 */
export function checkReviewDate(
  date: string,
  earliest: { day: string; is: string },
  what = 'The review date',
): string {
  if (!isCalendarDay(date))
    throw new AgreementRuleError(`${what} must be a day of the calendar, such as 2027-03-15.`);
  if (date < earliest.day)
    throw new AgreementRuleError(
      `${what} ${date} is before ${earliest.day}, ${earliest.is}; it must come after it.`,
    );
  return date;
}

/** The day the draft was started: no review of it can come before. */
export function agreementDay(state: AgreementState): { day: string; is: string } {
  return { day: localDay(state.createdAt), is: 'the day the agreement was made' };
}

/** The review clauses that fix a date, grouped by day, earliest first: one calendar entry each. */
export function reviewDates(state: AgreementState): { date: string; clauses: Clause[] }[] {
  const byDate = new Map<string, Clause[]>();
  for (const c of state.clauses) {
    const date = c.review?.reviewDate;
    if (c.section !== 'review' || c.status === 'withdrawn' || !date || !isCalendarDay(date))
      continue;
    byDate.set(date, [...(byDate.get(date) ?? []), c]);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, clauses]) => ({ date, clauses }));
}

/**
 * The next day the agreement is to be reviewed: the earliest review date of the draft, not counting
 * days a finished review already covered (a review finished on `lastReviewedAt` answers for every
 * date up to that day). Null when no date is set.
 */
export function nextReviewDate(
  state: AgreementState,
  lastReviewedAt: number | null,
): string | null {
  const covered = lastReviewedAt === null ? '' : localDay(lastReviewedAt);
  return reviewDates(state).find((d) => d.date > covered)?.date ?? null;
}

/** When the last finished review ended (it covers every date up to that day); null before any. */
export function lastReviewedAt(reviews: readonly { finishedAt: number | null }[]): number | null {
  const finished = reviews.flatMap((r) => (r.finishedAt === null ? [] : [r.finishedAt]));
  return finished.length ? Math.max(...finished) : null;
}

/** Home's "near" horizon: a fortnight is time enough to gather the evidence. */
export const REVIEW_NEAR_DAYS = 14;

export type ReviewUrgency = 'overdue' | 'today' | 'near';

/** How pressing a review date is on `today`; null when it is further off than the horizon. */
export function reviewUrgency(date: string, today: string): ReviewUrgency | null {
  const days = daysBetween(today, date);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= REVIEW_NEAR_DAYS ? 'near' : null;
}
