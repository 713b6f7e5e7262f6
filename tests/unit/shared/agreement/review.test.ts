import { describe, expect, it } from 'vitest';

import { markAll } from '#fixtures/agreement/reviewedAgreement';
import { agreedVersion, reviewedDraft } from '#fixtures/agreement/reviewFixture';
import { clauseNumber, sectionClauses, type ClauseId } from '#shared/agreement/model';
import { addClause, amendClause } from '#shared/agreement/negotiation';
import {
  finishReview,
  markClause,
  reviewableClauses,
  startReview,
  unmarkedClauses,
} from '#shared/agreement/review';
import { nextReviewDate, reviewDates, reviewUrgency } from '#shared/agreement/reviewDates';
import { isCalendarDay } from '#shared/domain/calendarDay';

const at = Date.UTC(2027, 4, 28, 10, 0);

function marked() {
  const version = agreedVersion();
  const review = startReview(version, 'review-1', at);
  return { version, review, agreed: version.state };
}

describe('review dates', () => {
  it('accept only real days of the calendar', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2027-13-01', '2027-04-31', '27-05-01', '2027-5-1', ''])
      expect(isCalendarDay(bad), bad).toBe(false);
  });

  it('refuse a review date that is not a day, or before the agreement was made, and change nothing', () => {
    const state = reviewedDraft();
    const clause = sectionClauses(state, 'review')[0]!;
    const amend = (reviewDate: string) =>
      amendClause(state, clause.id, { review: { ...clause.review!, reviewDate } }, at);
    expect(() => amend('2027-02-30')).toThrow(/must be a day of the calendar/);
    expect(() => amend('2026-11-27')).toThrow(
      'The review date 2026-11-27 is before 2026-11-28, the day the agreement was made; it must come after it.',
    );
    expect(sectionClauses(amend('2026-11-28'), 'review')[0]!.review!.reviewDate).toBe('2026-11-28');
    expect(() =>
      addClause(
        state,
        'c-new' as ClauseId,
        { section: 'review', text: 'R', review: { reviewDate: '1999-01-01' } },
        at,
      ),
    ).toThrow(/before 2026-11-28/);
  });

  it('hold for a commitment’s due date too, which amending can clear', () => {
    const state = reviewedDraft();
    const id = 'clause-tricky' as ClauseId;
    expect(() => amendClause(state, id, { dueDate: '2027-06-31' }, at)).toThrow(
      'The due date must be a day of the calendar, such as 2027-03-15.',
    );
    expect(() => amendClause(state, id, { dueDate: '2026-01-01' }, at)).toThrow(
      /The due date 2026-01-01 is before 2026-11-28/,
    );
    const due = amendClause(state, id, { dueDate: '2027-03-01' }, at);
    const clause = due.clauses.find((c) => c.id === id)!;
    expect(clause.dueDate).toBe('2027-03-01');
    expect(clause.status).toBe(state.clauses.find((c) => c.id === id)!.status);
    const cleared = amendClause(due, id, { dueDate: '' }, at).clauses.find((c) => c.id === id)!;
    expect('dueDate' in cleared).toBe(false);
  });

  it('group the draft’s review clauses by day, and say which date is next and how near it is', () => {
    const state = reviewedDraft();
    expect(reviewDates(state).map((d) => d.date)).toEqual(['2027-05-28']);
    expect(nextReviewDate(state, null)).toBe('2027-05-28');
    // A review finished on the day covers it.
    expect(nextReviewDate(state, Date.UTC(2027, 4, 28, 12))).toBeNull();
    expect(reviewUrgency('2027-05-28', '2027-05-29')).toBe('overdue');
    expect(reviewUrgency('2027-05-28', '2027-05-28')).toBe('today');
    expect(reviewUrgency('2027-05-28', '2027-05-14')).toBe('near');
    expect(reviewUrgency('2027-05-28', '2027-05-13')).toBeNull();
  });
});

describe('a review session', () => {
  it('holds each commitment and contingency of the agreed version to account, not withdrawn ones', () => {
    const { agreed, review } = marked();
    const sections = reviewableClauses(agreed).map((c) => c.section);
    expect(sections).toContain('commitments');
    expect(sections).toContain('contingencies');
    expect(sections.every((s) => s === 'commitments' || s === 'contingencies')).toBe(true);
    expect(review.versionNumber).toBe(1);
    expect(unmarkedClauses(review, agreed)).toEqual(
      reviewableClauses(agreed).map((c) => clauseNumber(agreed, c.id)),
    );
  });

  it('refuses to start on a version with nothing to hold to account', () => {
    const version = agreedVersion({ ...reviewedDraft(), clauses: [] });
    expect(() => startReview(version, 'r', at)).toThrow(/no commitments or contingencies/);
  });

  it('marks a commitment kept with evidence and who reported it; a contingency happened or not', () => {
    const { agreed, review } = marked();
    const commitment = sectionClauses(agreed, 'commitments')[0]!;
    const contingency = sectionClauses(agreed, 'contingencies')[0]!;
    let next = markClause(
      review,
      agreed,
      {
        clauseId: commitment.id,
        outcome: 'partly-kept',
        evidence: 'Open 5 of 6 days',
        reportedBy: ' Ada ',
      },
      at,
    );
    next = markClause(
      next,
      agreed,
      {
        clauseId: contingency.id,
        outcome: 'did-not-happen',
        evidence: '',
        reportedBy: 'Bo',
        change: 'Drop it',
      },
      at,
    );
    expect(next.entries[commitment.id]).toEqual({
      outcome: 'partly-kept',
      evidence: 'Open 5 of 6 days',
      reportedBy: 'Ada',
      change: '',
      at,
    });
    expect(next.entries[contingency.id]!.change).toBe('Drop it');
    expect(review.entries).toEqual({});
  });

  it('refuses an outcome of the wrong kind, a missing reporter or evidence, and an unknown clause', () => {
    const { agreed, review } = marked();
    const commitment = sectionClauses(agreed, 'commitments')[0]!;
    const contingency = sectionClauses(agreed, 'contingencies')[0]!;
    const mark = (input: Parameters<typeof markClause>[2]) => () =>
      markClause(review, agreed, input, at);
    expect(
      mark({ clauseId: commitment.id, outcome: 'happened', evidence: 'x', reportedBy: 'A' }),
    ).toThrow(/kept, partly kept, not kept, or no longer relevant/);
    expect(
      mark({ clauseId: contingency.id, outcome: 'kept', evidence: 'x', reportedBy: 'A' }),
    ).toThrow(/happened or did not happen/);
    expect(
      mark({ clauseId: commitment.id, outcome: 'kept', evidence: 'x', reportedBy: ' ' }),
    ).toThrow(/Say who reported/);
    expect(
      mark({ clauseId: commitment.id, outcome: 'kept', evidence: '', reportedBy: 'A' }),
    ).toThrow(/Give the evidence for clause 3\.1/);
    expect(mark({ clauseId: 'nope', outcome: 'kept', evidence: 'x', reportedBy: 'A' })).toThrow(
      /not a commitment or contingency/,
    );
    // "No longer relevant" needs no evidence: there is nothing left to show.
    expect(
      mark({
        clauseId: commitment.id,
        outcome: 'no-longer-relevant',
        evidence: '',
        reportedBy: 'A',
      })(),
    ).toBeTruthy();
  });

  it('finishes only when every clause is accounted for and the next review comes after this one', () => {
    const { agreed } = marked();
    let { review } = marked();
    const input = { nextReviewDate: '2027-11-28', outcomeVersionId: 'version-2' };
    expect(() => finishReview(review, agreed, input, at)).toThrow(
      /Say what happened to clauses 3\.1/,
    );
    review = markAll(review, agreed, reviewableClauses(agreed), 'Ada', at);
    expect(() => finishReview(review, agreed, { ...input, nextReviewDate: '' }, at)).toThrow(
      /Fix the date of the next review/,
    );
    expect(() =>
      finishReview(review, agreed, { ...input, nextReviewDate: '2027-05-28' }, at),
    ).toThrow(
      'The next review 2027-05-28 is before 2027-05-29, the day after this review; it must come after it.',
    );
    const done = finishReview(review, agreed, input, at);
    expect(done).toMatchObject({
      finishedAt: at,
      nextReviewDate: '2027-11-28',
      outcomeVersionId: 'version-2',
    });
    expect(() => finishReview(done, agreed, input, at)).toThrow(/already finished/);
    expect(() =>
      markClause(
        done,
        agreed,
        {
          clauseId: reviewableClauses(agreed)[0]!.id,
          outcome: 'kept',
          evidence: 'x',
          reportedBy: 'A',
        },
        at,
      ),
    ).toThrow(/has finished/);
  });
});
