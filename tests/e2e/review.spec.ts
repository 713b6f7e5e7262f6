import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

import { docxText } from '#fixtures/export/docxText';

import { openAgreementAndGenerate, seedBoard, seriousViolations } from './support/agreement';
import { downloadFrom, exportAs } from './support/exportFiles';

/** The browser's calendar day, `offset` days on: review dates are days where the facilitator is. */
function dayInPage(page: Page, offset = 0): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offset);
}

async function setReviewDate(page: Page, date: string) {
  const clause = page.getByRole('listitem', { name: 'Clause 5.1' });
  await clause.getByRole('button', { name: 'Amend' }).click();
  await clause.getByLabel('Review date').fill(date);
  await clause.getByRole('button', { name: 'Save amendment' }).click();
  return clause;
}

test('a review date goes into a calendar file, and the review holds each commitment to account in the exports', async ({
  page,
}) => {
  test.slow();
  await seedBoard(page);
  await openAgreementAndGenerate(page);
  const today = await dayInPage(page);

  // A review before the day the agreement was made is refused, with a message; nothing changes.
  let clause = await setReviewDate(page, await dayInPage(page, -1));
  await expect(clause.getByRole('alert')).toContainText('the day the agreement was made');
  await clause.getByRole('button', { name: 'Cancel' }).click();
  clause = await setReviewDate(page, today);
  await expect(clause).toContainText(new RegExp(`Review date\\s*${today}`));

  // The calendar file: one all-day event on that day, read back by an iCalendar parser.
  const review = page.getByRole('region', { name: 'After the day' });
  await expect(review).toContainText(`Next review: ${today} due today`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/review-agreement-1366.png' });
  const ics = await downloadFrom(page, () =>
    review.getByRole('button', { name: 'Add review dates to calendar' }).click(),
  );
  expect(ics.name).toBe('Group B — review dates.ics');
  const events = new ICAL.Component(ICAL.parse(readFileSync(ics.path, 'utf8')))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(1);
  expect(events[0]!.startDate.isDate).toBe(true);
  expect(events[0]!.startDate.toString()).toBe(today);
  expect(events[0]!.summary).toBe('Review of the agreement: Group B');
  expect(events[0]!.description).toContain('The library stays open 6 days a week');
  expect(events[0]!.description).toContain('Parties: ');

  // Home shows the agreement whose review is due.
  await page.getByRole('link', { name: '← Board' }).click();
  await page.getByRole('link', { name: /All sessions/ }).click();
  const due = page.getByRole('region', { name: 'Reviews due' });
  await expect(due).toContainText(`Group B review ${today}, due today`);
  await page.screenshot({ path: 'test-results/review-home-1366.png' });
  await due.getByRole('link', { name: 'Group B' }).click();

  // Start the review on the agreed version.
  await page.getByRole('button', { name: 'Save as v1' }).click();
  await page.getByRole('button', { name: 'Start review of v1' }).click();
  await expect(page).toHaveURL(/#\/session\/[\w-]+\/agreement\/review\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Review of v1');

  const finish = page.getByRole('form', { name: 'Finish review' });
  await finish.getByLabel('Next review').fill(await dayInPage(page, 180));
  await finish.getByRole('button', { name: 'Finish review' }).click();
  await expect(finish.getByRole('alert')).toContainText('Say what happened to clauses 3.1');

  const commitment = page.getByRole('form', { name: 'What happened to clause 3.1' });
  await commitment.getByRole('radio', { name: 'Partly kept' }).check();
  await commitment.getByLabel('Evidence').fill('Open 5 of 6 days; the rota sheet, March to May');
  await commitment.getByLabel('Reported by').fill('The library manager');
  await commitment.getByLabel('What we change').fill('Saturdays by volunteers, with a named lead');
  await commitment.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('status')).toContainText('Recorded for clause 3.1.');
  const contingency = page.getByRole('form', { name: 'What happened to clause 4.1' });
  await contingency.getByRole('radio', { name: 'Happened' }).check();
  await contingency.getByLabel('Evidence').fill('Two Saturdays without volunteers');
  await contingency.getByLabel('Reported by').fill('Ward forum');
  await contingency.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByText('2 of 2 promises accounted for.')).toBeVisible();
  await expect(finish).not.toContainText('Say what happened');
  await page.screenshot({ path: 'test-results/review-session-1366.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await finish.getByRole('button', { name: 'Finish review' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome' });
  await expect(outcome).toContainText('v2 against v1');
  await page.screenshot({ path: 'test-results/review-finished-1366.png' });
  await outcome.getByRole('link', { name: 'Compare v1 with v2' }).click();
  await expect(page).toHaveURL(/compare\/1\/2$/);

  // The exports show the review against the agreed version, and the next review date.
  await page.goto(page.url().replace(/\/agreement\/compare\/1\/2$/, ''));
  const md = readFileSync((await exportAs(page, 'Markdown')).path, 'utf8').replace(/\\/g, '');
  const word = docxText(readFileSync((await exportAs(page, 'Word')).path));
  const next = await dayInPage(page, 180);
  for (const text of [md, word]) {
    expect(text).toContain('Review of v1');
    expect(text).toContain('The library stays open 6 days a week');
    expect(text).toContain('Partly kept');
    expect(text).toContain('Evidence: Open 5 of 6 days; the rota sheet, March to May');
    expect(text).toContain('Reported by: The library manager');
    expect(text).toContain('What we change: Saturdays by volunteers, with a named lead');
    expect(text).toContain(`Next review: ${next}`);
  }
});
