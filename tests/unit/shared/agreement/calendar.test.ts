import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { REVIEW_DAY, reviewedDraft, TRICKY_TEXT } from '#fixtures/agreement/reviewFixture';
import { reviewCalendar } from '#shared/agreement/calendar';
import { sectionClauses, type ClauseId } from '#shared/agreement/model';
import { amendClause } from '#shared/agreement/negotiation';

const SESSION = 'Library hours; north ward, group B';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('the review calendar file', () => {
  it('holds one all-day event on the review date, read back field by field by an iCalendar parser', () => {
    const text = reviewCalendar([{ state: reviewedDraft(), sessionTitle: SESSION }])!;
    const [event, ...rest] = parse(text);
    expect(rest).toHaveLength(0);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe(REVIEW_DAY);
    // All-day events end (exclusive) the next day.
    expect(event!.endDate.toString()).toBe('2027-05-29');
    expect(event!.summary).toBe(`Review of the agreement: ${SESSION}`);
    expect(event!.uid).toBe(`parley-review-session-fixture-${REVIEW_DAY}@parley.invalid`);
  });

  it('describes the session, the review terms, the clauses under review and the parties', () => {
    const state = reviewedDraft();
    const [event] = parse(
      reviewCalendar([{ state, sessionTitle: SESSION, awayDay: 'Riverside' }])!,
    );
    const lines = event!.description.split('\n');
    expect(lines[0]).toBe(`Session: ${SESSION}`);
    expect(lines).toContain('Away day: Riverside');
    expect(lines.some((l) => l.includes('(The library manager reports to the ward forum)'))).toBe(
      true,
    );
    for (const c of sectionClauses(state, 'commitments'))
      expect(event!.description).toContain(c.text);
    expect(lines.at(-1)).toBe(`Parties: ${state.parties.map((p) => p.name).join(', ')}`);
  });

  it('escapes commas, semicolons and new lines in what people typed, and they come back unchanged', () => {
    const text = reviewCalendar([{ state: reviewedDraft(), sessionTitle: SESSION }])!;
    // Escaped in the file…
    expect(text).toContain('Library hours\\; north ward\\, group B');
    expect(text).not.toMatch(/^DESCRIPTION:[^\r\n]*\n[^ ]/m);
    // …and unescaped by the parser.
    const [event] = parse(text);
    expect(event!.summary).toContain(SESSION);
    expect(event!.description).toContain(TRICKY_TEXT);
  });

  it('gives a commitment with a due date an all-day event of its own, naming whose it is', () => {
    const state = amendClause(
      reviewedDraft(),
      'clause-tricky' as ClauseId,
      { dueDate: '2027-03-01' },
      Date.UTC(2026, 10, 28, 16),
    );
    const events = parse(reviewCalendar([{ state, sessionTitle: SESSION }])!);
    const due = events.find((e) => e.startDate.toString() === '2027-03-01')!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.endDate.toString()).toBe('2027-03-02');
    expect(due.summary).toBe(`Due: ${TRICKY_TEXT}`);
    expect(due.description).toContain(`of ${state.parties[0]!.name}: ${TRICKY_TEXT}`);
    expect(events).toHaveLength(2);
  });

  it('writes one event per date, and none when no date is set', () => {
    let state = reviewedDraft();
    expect(
      reviewCalendar([{ state: { ...state, clauses: [] }, sessionTitle: SESSION }]),
    ).toBeNull();
    const review = sectionClauses(state, 'review')[0]!;
    state = amendClause(state, review.id, { review: { ...review.review!, reviewDate: '' } }, 1);
    expect(reviewCalendar([{ state, sessionTitle: SESSION }])).toBeNull();
    const two = [
      { state: reviewedDraft(), sessionTitle: 'A' },
      { state: { ...reviewedDraft(), sessionId: 'other' }, sessionTitle: 'B' },
    ];
    const events = parse(reviewCalendar(two)!);
    expect(events.map((e) => e.summary)).toEqual([
      'Review of the agreement: A',
      'Review of the agreement: B',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });
});
