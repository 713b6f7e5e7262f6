// Review dates as an iCalendar file (RFC 5545) an organiser opens in any calendar app
// (docs/review.md, "Calendar entries"). A review is a day, so each is an all-day event: calendar
// apps show it on that day whatever the zone, where a timed event would drift.
import { createEvents, type EventAttributes } from 'ics';

import { dayParts, nextDay } from '../domain/calendarDay';
import { clauseNumber, type AgreementState } from './model';
import { reviewableClauses } from './review';
import { reviewDates } from './reviewDates';

export interface CalendarSource {
  state: AgreementState;
  sessionTitle: string;
  /** The away day, when the session belongs to one. */
  awayDay?: string | null;
}

/** One event per review date of each agreement, with the session, clauses and parties described. */
export function reviewEvents(source: CalendarSource): EventAttributes[] {
  const { state, sessionTitle } = source;
  const parties = state.parties.map((p) => p.name);
  const underReview = reviewableClauses(state).map((c) => `${clauseNumber(state, c.id)} ${c.text}`);
  return reviewDates(state).map(({ date, clauses }) => {
    const lines = [
      `Session: ${sessionTitle}`,
      ...(source.awayDay ? [`Away day: ${source.awayDay}`] : []),
      '',
      'Review terms:',
      ...clauses.map((c) => {
        const r = c.review!;
        const who = [r.reporter && `${r.reporter} reports`, r.reportsTo && `to ${r.reportsTo}`]
          .filter(Boolean)
          .join(' ');
        return `${clauseNumber(state, c.id)} ${c.text}${who ? ` (${who})` : ''}`;
      }),
      '',
      'Clauses under review:',
      ...(underReview.length ? underReview : ['(none yet)']),
      '',
      `Parties: ${parties.join(', ') || '(none yet)'}`,
    ];
    return {
      uid: `parley-review-${state.sessionId}-${date}@parley.invalid`,
      title: `Review of the agreement: ${sessionTitle}`,
      description: lines.join('\n'),
      start: dayParts(date),
      end: dayParts(nextDay(date)),
      transp: 'TRANSPARENT',
      categories: ['Parley', 'Agreement review'],
    } satisfies EventAttributes;
  });
}

/** The calendar file's text for one or more agreements; null when no review date is set. */
export function reviewCalendar(sources: readonly CalendarSource[]): string | null {
  const events = sources.flatMap(reviewEvents);
  if (events.length === 0) return null;
  const { error, value } = createEvents(events, {
    productId: 'parley/agreement-review',
    calName: 'Agreement reviews',
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be written.');
  return value;
}
