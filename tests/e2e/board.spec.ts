import { expect, test } from '@playwright/test';

import {
  addCardViaUi,
  createSessionViaUi,
  longLegitimacyLane,
  REGIONS,
  waitFrames,
} from './support/board';

test('a card added to every region survives a reload', async ({ page }) => {
  await createSessionViaUi(
    page,
    'Group B',
    'The state should move from social security to social productivity.',
  );
  for (const region of REGIONS) await addCardViaUi(page, region, `A ${region.toLowerCase()} point`);
  await page.reload();
  for (const region of REGIONS) {
    await expect(page.getByRole('region', { name: region }).getByRole('listitem')).toHaveText([
      `A ${region.toLowerCase()} point`,
    ]);
  }
  await expect(
    page.getByText('The state should move from social security to social productivity.'),
  ).toBeVisible();
});

test('Enter adds a card and keeps focus in the box for the next one', async ({ page }) => {
  await createSessionViaUi(page, 'Fast capture', 'P');
  const box = page.getByRole('textbox', { name: 'Add to Practicability' });
  await box.click();
  // Typed without pauses, as a facilitator would while people talk: nothing may be lost.
  for (const text of ['one', 'two', 'three']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(
    page.getByRole('region', { name: 'Practicability' }).getByRole('listitem'),
  ).toHaveText(['one', 'two', 'three']);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
});

test('cards typed fast are drawn once each, in the order saved, and never taken back', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Drawn once', 'P');
  // Every state the lane's list passes through, as the board draws it.
  await page.evaluate(() => {
    const lane = document.querySelector('section[data-lane="legitimacy"]')!;
    const seen: string[][] = [];
    (window as unknown as { seen: string[][] }).seen = seen;
    new MutationObserver(() =>
      seen.push(
        [...lane.querySelectorAll('li[data-card-id] .card-text')].map((p) => p.textContent!),
      ),
    ).observe(lane, { childList: true, subtree: true, characterData: true });
  });
  const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
  await box.click();
  const texts = ['first', 'second', 'third', 'fourth', 'fifth'];
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  const lane = page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem');
  await expect(lane).toHaveText(texts);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
  let drawn = 0;
  for (const state of seen) {
    // Each state is the saved order so far: no card twice, none out of order, none taken back.
    expect(state).toEqual(texts.slice(0, state.length));
    expect(state.length).toBeGreaterThanOrEqual(drawn);
    drawn = state.length;
  }
  // A refused text (over the limit) draws nothing and stays in the box.
  await box.fill('x'.repeat(2001));
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(lane).toHaveText(texts);
  await page.reload();
  await expect(lane).toHaveText(texts);
});

test('a second session starts with an empty board', async ({ page }) => {
  await createSessionViaUi(page, 'First', 'P1');
  await addCardViaUi(page, 'Legitimacy', 'only in the first session');
  await createSessionViaUi(page, 'Second', 'P2');
  for (const region of REGIONS)
    await expect(page.getByRole('region', { name: region }).getByRole('listitem')).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(2);
  // Newest edit first.
  await expect(
    page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first(),
  ).toContainText('Second');
});

test('an empty card is refused with a reason, an over-long one is refused without cutting it', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Limits', 'P');
  const box = page.getByRole('textbox', { name: 'Add to Accountability' });
  await box.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Accountability' }).getByText('an empty card is not added'),
  ).toBeVisible();
  const long = 'x'.repeat(2001);
  await box.fill(long);
  await box.press('Enter');
  await expect(
    page
      .getByRole('region', { name: 'Accountability' })
      .getByText(/limit is 2,000/)
      .first(),
  ).toBeVisible();
  await expect(box).toHaveValue(long);
  await expect(
    page.getByRole('region', { name: 'Accountability' }).getByRole('listitem'),
  ).toHaveCount(0);
});

test('text is shown literally, never as markup', async ({ page }) => {
  await createSessionViaUi(page, 'Hostile <i>title</i>', 'P');
  await addCardViaUi(page, 'Legitimacy', '<b>bold?</b> <img src=x onerror="document.title=1">');
  const card = page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem');
  await expect(card).toContainText('<b>bold?</b> <img src=x onerror="document.title=1">');
  await expect(card.locator('b, img')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hostile <i>title</i>' })).toBeVisible();
});

test('a card can be edited in place and deleted with undo', async ({ page }) => {
  await createSessionViaUi(page, 'Edit', 'P');
  await addCardViaUi(page, 'Conclusions', 'Outcomes are negotiated');
  const region = page.getByRole('region', { name: 'Conclusions' });
  await region.getByRole('button', { name: 'Edit card' }).click();
  const editor = region.getByRole('textbox', { name: 'Edit card' });
  await editor.fill('Outcomes are negotiated and contingent');
  await editor.press('Enter');
  await expect(region.getByRole('listitem')).toHaveText(['Outcomes are negotiated and contingent']);

  await region.getByRole('button', { name: 'Delete card' }).click();
  await expect(region.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(region.getByRole('listitem')).toHaveText(['Outcomes are negotiated and contingent']);
  await page.reload();
  await expect(region.getByRole('listitem')).toHaveText(['Outcomes are negotiated and contingent']);
});

test('Ctrl+Z outside a text box undoes the last board change, Ctrl+Shift+Z redoes it', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Undo', 'P');
  await addCardViaUi(page, 'Legitimacy', 'to be undone');
  await page.getByRole('heading', { name: 'Undo' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveCount(
    0,
  );
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText([
    'to be undone',
  ]);
});

test('a session can be deleted from home after confirming, and the deletion undone', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Throwaway', 'P');
  await addCardViaUi(page, 'Legitimacy', 'gone with the session');
  await page.goto('/');
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await page.getByRole('button', { name: 'Delete session Throwaway' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete session Throwaway' }).click();
  await page
    .getByRole('group', { name: 'Delete Throwaway?' })
    .getByRole('button', { name: 'Delete session' })
    .click();
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: /Throwaway/ }).click();
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText([
    'gone with the session',
  ]);
});

test('a long lane draws only the cards in view, yet each says its place among all of them', async ({
  page,
}) => {
  const { lane } = await longLegitimacyLane(page, 'Long lane', 40, (i) => `Point ${i}`);
  const items = lane.getByRole('listitem');
  // Only the rows in view are mounted…
  expect(await items.count()).toBeLessThan(40);
  // …and each says where it stands: the newest (in view after capture) is 40 of 40.
  const newest = items.filter({ hasText: /^Point 40$/ });
  await expect(newest).toHaveAttribute('aria-posinset', '40');
  await expect(newest).toHaveAttribute('aria-setsize', '40');
  await lane.locator('.card-scroll').evaluate((el) => (el.scrollTop = 0));
  const first = items.filter({ hasText: /^Point 1$/ });
  await expect(first).toHaveAttribute('aria-posinset', '1');
  await expect(first).toHaveAttribute('aria-setsize', '40');
});

test('a card added to a long lane scrolled to its top is brought into view, and stays there', async ({
  page,
}) => {
  // Cards of several lines, taller than the lane's estimate for a row it has not drawn yet: the
  // lane's end moves as the rows near it are drawn and measured.
  const said = 'a point long enough to wrap over several lines of a lane, as people say them. ';
  const { lane, box } = await longLegitimacyLane(
    page,
    'Tall cards',
    45,
    (i) => `Point ${i}: ${said.repeat(2)}`,
  );
  // Opened afresh, the lane has drawn (and measured) only the cards at its top.
  await page.reload();
  await expect(lane.getByRole('listitem').filter({ hasText: /^Point 1:/ })).toBeInViewport();

  await box.fill('The newest point');
  await box.press('Enter');
  const newest = lane.getByRole('listitem').filter({ hasText: /^The newest point$/ });
  await expect(newest).toBeInViewport();
  // Still in view once every row that came into view has been drawn and measured (half a second
  // of frames, more than the lane follows its end for).
  await waitFrames(page, 30);
  await expect(newest).toBeInViewport();
});

test('a lane scrolled up to read is not pulled down by a card from another window; at its end, it follows', async ({
  page,
}) => {
  const { lane } = await longLegitimacyLane(page, 'Reading up', 40, (i) => `Point ${i}`);
  const scroller = lane.locator('.card-scroll');
  const count = lane.locator('.lane-count');
  // A second window on the same board adds to the lane, as a phone's point or a co-facilitator would.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const otherBox = other.getByRole('textbox', { name: 'Add to Legitimacy' });
  const addElsewhere = async (text: string, cards: number) => {
    await otherBox.fill(text);
    await otherBox.press('Enter');
    await expect(count).toHaveAttribute('aria-label', `${cards} cards`);
  };

  await scroller.evaluate((el) => (el.scrollTop = 0));
  const first = lane.getByRole('listitem').filter({ hasText: /^Point 1$/ });
  await expect(first).toBeInViewport();
  await addElsewhere('From the other window', 41);
  await waitFrames(page, 30);
  await expect(first).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);

  // Scrolled back to its end, the lane keeps the next card from elsewhere in view.
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(
    lane.getByRole('listitem').filter({ hasText: /^From the other window$/ }),
  ).toBeInViewport();
  await addElsewhere('And another', 42);
  await expect(lane.getByRole('listitem').filter({ hasText: /^And another$/ })).toBeInViewport();
  await other.close();
});
