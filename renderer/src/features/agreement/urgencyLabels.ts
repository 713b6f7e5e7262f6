import type { ReviewUrgency } from '#shared/agreement/reviewDates';

/** How a review date reads beside it, on home and in the agreement's Review panel. */
export const URGENCY_LABELS: Readonly<Record<ReviewUrgency, string>> = {
  overdue: 'overdue',
  today: 'due today',
  near: 'coming up',
};
