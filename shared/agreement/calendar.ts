// Review dates as an iCalendar file (RFC 5545) an organiser opens in any calendar app
// (docs/review.md, "Calendar entries"). A review is a day, so each is an all-day event: calendar
// apps show it on that day whatever the zone, where a timed event would drift.
import { createEvents, type EventAttributes } from 'ics';

import { dayParts, isCalendarDay, nextDay } from '../domain/calendarDay';
import { clauseNumber, sectionClauses, type AgreementState } from './model';
import { reviewableClauses } from './review';
import { reviewDates } from './reviewDates';

export interface CalendarSource {
  state: AgreementState;
  sessionTitle: string;
  /** The away day, when the session belongs to one. */
  awayDay?: string | null;
}

/** An all-day event on `date` (calendar apps want the day after as the exclusive end). */
function allDay(date: string) {
  return { start: dayParts(date), end: dayParts(nextDay(date)), transp: 'TRANSPARENT' as const };
}

/** One event per commitment with a due date: whose it is, in which session, and the parties. */
function dueEvents(source: CalendarSource): EventAttributes[] {
  const { state, sessionTitle } = source;
  return sectionClauses(state, 'commitments')
    .filter((c) => c.status !== 'withdrawn' && c.dueDate && isCalendarDay(c.dueDate))
    .map((c) => {
      const party = state.parties.find((p) => p.id === c.partyId)?.name;
      return {
        uid: `parley-due-${state.sessionId}-${c.id}@parley.invalid`,
        title: `Due: ${c.text}`,
        description: [
          `Session: ${sessionTitle}`,
          ...(source.awayDay ? [`Away day: ${source.awayDay}`] : []),
          `Commitment ${clauseNumber(state, c.id)}${party ? ` of ${party}` : ''}: ${c.text}`,
          `Parties: ${state.parties.map((p) => p.name).join(', ') || '(none yet)'}`,
        ].join('\n'),
        ...allDay(c.dueDate!),
        categories: ['Parley', 'Commitment due'],
      } satisfies EventAttributes;
    });
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
      ...allDay(date),
      categories: ['Parley', 'Agreement review'],
    } satisfies EventAttributes;
  });
}

/** The calendar file's text for one or more agreements; null when no date is set. */
export function reviewCalendar(sources: readonly CalendarSource[]): string | null {
  const events = sources.flatMap((s) => [...reviewEvents(s), ...dueEvents(s)]);
  if (events.length === 0) return null;
  const { error, value } = createEvents(events, {
    productId: 'parley/agreement-review',
    calName: 'Agreement reviews',
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be written.');
  return value;
}
