import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { reviewAndWrite } from './support/agreement';
import { addCardViaUi, createSessionViaUi } from './support/board';
import { card, dragTo, region } from './support/boardScale';
import { layoutProblems, openRoomOnTheDraft, openRoomView, sessionIdOf } from './support/presenter';

const PROPOSITION =
  'The state should move from the goal of social security to one of social productivity.';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const roomCards = (room: Page, region: string) =>
  room.getByRole('region', { name: region }).getByRole('listitem');

test('Present opens the room view in a new window on the presenter route, showing the session', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Group B', PROPOSITION);
  await addCardViaUi(page, 'Legitimacy', 'Who agreed to this?');
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Present' }).click();
  const room = await opened;
  await expect(room).toHaveURL(new RegExp(`#/present/${sessionIdOf(page)}$`));
  await expect(room.getByRole('heading', { name: 'Group B' })).toBeVisible();
  await expect(room.getByText(PROPOSITION)).toBeVisible();
  await expect(roomCards(room, 'Legitimacy')).toHaveText(['Who agreed to this?']);
  // The room view carries no controls at all: nothing to click, nothing to type into.
  await expect(
    room.locator('button, input, textarea, select, a[href], [contenteditable]'),
  ).toHaveCount(0);
  // The facilitator sees the controls and a preview, and the board's text is not duplicated by it.
  await expect(page.getByRole('complementary', { name: 'Room view controls' })).toBeVisible();
  await expect(page.getByText('Who agreed to this?')).toHaveCount(1);
});

test('a card added, edited, moved, deleted and restored on the facilitator page changes on the room view', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Live', PROPOSITION);
  const room = await openRoomView(context, page);
  await addCardViaUi(page, 'Practicability', 'Capacity is thin');
  await expect(roomCards(room, 'Practicability')).toHaveText(['Capacity is thin']);
  await addCardViaUi(page, 'Practicability', 'The pilot evidence is mixed');
  await expect(roomCards(room, 'Practicability')).toHaveText([
    'Capacity is thin',
    'The pilot evidence is mixed',
  ]);

  const lane = page.getByRole('region', { name: 'Practicability' });
  await lane.getByRole('listitem').first().getByRole('button', { name: 'Edit card' }).click();
  await lane
    .getByRole('textbox', { name: 'Edit card' })
    .fill('Capacity in the voluntary sector is thin');
  await lane.getByRole('textbox', { name: 'Edit card' }).press('Enter');
  await expect(roomCards(room, 'Practicability')).toHaveText([
    'Capacity in the voluntary sector is thin',
    'The pilot evidence is mixed',
  ]);

  await lane.getByRole('listitem').last().getByRole('button', { name: 'Delete card' }).click();
  await expect(roomCards(room, 'Practicability')).toHaveText([
    'Capacity in the voluntary sector is thin',
  ]);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(roomCards(room, 'Practicability')).toHaveText([
    'Capacity in the voluntary sector is thin',
    'The pilot evidence is mixed',
  ]);

  // Moved to another lane with the mouse: it leaves one lane on the wall and arrives in the other.
  await addCardViaUi(page, 'Legitimacy', 'Who agreed to the pilot?');
  await expect(roomCards(room, 'Legitimacy')).toHaveText(['Who agreed to the pilot?']);
  await dragTo(
    page,
    card(page, 'Practicability', 'The pilot evidence is mixed'),
    region(page, 'Legitimacy').getByRole('textbox', { name: 'Add to Legitimacy' }),
  );
  await expect(roomCards(room, 'Legitimacy')).toHaveText([
    'Who agreed to the pilot?',
    'The pilot evidence is mixed',
  ]);
  await expect(roomCards(room, 'Practicability')).toHaveText([
    'Capacity in the voluntary sector is thin',
  ]);
  await expect(
    room.getByRole('region', { name: 'Legitimacy' }).locator('.present-lane-count'),
  ).toHaveText('2');

  // Reordered within a lane from the keyboard: the wall shows the new order.
  await card(page, 'Legitimacy', 'The pilot evidence is mixed')
    .getByRole('button', { name: 'Move card' })
    .focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(roomCards(room, 'Legitimacy')).toHaveText([
    'The pilot evidence is mixed',
    'Who agreed to the pilot?',
  ]);
});

test('Spotlight shows one card large, and Blank screen (button or B) hides everything', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Control', PROPOSITION);
  await addCardViaUi(page, 'Conclusions', 'Outcomes must be negotiated');
  await addCardViaUi(page, 'Open questions', 'Who reviews the agreement?');
  const room = await openRoomView(context, page);
  // Presenting (controls open) is what makes B the blanking key; Present also opens a popup here.
  await page.getByRole('button', { name: 'Present' }).click();

  const card = page
    .getByRole('region', { name: 'Conclusions' })
    .getByRole('listitem')
    .filter({ hasText: 'Outcomes must be negotiated' });
  await card.getByRole('button', { name: 'Spotlight' }).click();
  await expect(card.getByRole('button', { name: 'Spotlight' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(room.getByRole('region', { name: 'Spotlight' })).toContainText(
    'Outcomes must be negotiated',
  );
  await expect(room.getByText('Who reviews the agreement?')).toHaveCount(0);
  // Deleting the spotlighted card brings the board back rather than an empty frame.
  await card.getByRole('button', { name: 'Delete card' }).click();
  await expect(roomCards(room, 'Open questions')).toHaveText(['Who reviews the agreement?']);

  await page.getByRole('button', { name: 'Blank screen' }).click();
  await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(room.locator('.present-screen')).toHaveAttribute('data-view', 'blank');
  await expect(room.getByText('Who reviews the agreement?')).toHaveCount(0);
  await expect(room.getByText(PROPOSITION)).toHaveCount(0);

  // B brings it back; typed into a text box, B is just a letter.
  await page.getByRole('heading', { name: 'Control' }).click();
  await page.keyboard.press('b');
  await expect(roomCards(room, 'Open questions')).toHaveText(['Who reviews the agreement?']);
  const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
  await box.click();
  await page.keyboard.type('bb');
  await expect(box).toHaveValue('bb');
  await expect(room.locator('.present-screen')).toHaveAttribute('data-view', 'board');
  await page.getByRole('heading', { name: 'Control' }).click();
  await page.keyboard.press('b');
  await expect(room.locator('.present-screen')).toHaveAttribute('data-view', 'blank');
});

test('hidden lanes, the current prompt and the text size reach the room view', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Modes', PROPOSITION);
  await addCardViaUi(page, 'Legitimacy', 'Who loses a say?');
  const room = await openRoomView(context, page);
  await page.getByRole('button', { name: 'Present' }).click();
  const controls = page.getByRole('complementary', { name: 'Room view controls' });

  await controls.getByRole('checkbox', { name: 'Show Legitimacy' }).uncheck();
  await expect(room.getByRole('region', { name: 'Legitimacy' })).toHaveCount(0);
  await expect(room.getByRole('region', { name: 'Accountability' })).toBeVisible();
  await controls.getByRole('checkbox', { name: 'Show Legitimacy' }).check();
  await expect(roomCards(room, 'Legitimacy')).toHaveText(['Who loses a say?']);

  await controls.getByRole('button', { name: 'Current prompt' }).click();
  await expect(room.getByRole('region', { name: 'Current prompt' })).toContainText('Stage 1 of');
  await expect(room.getByText(PROPOSITION)).toBeVisible();
  await controls.getByRole('button', { name: 'Board' }).click();
  await expect(room.getByRole('region', { name: 'Legitimacy' })).toBeVisible();

  const before = await roomCards(room, 'Legitimacy')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await controls.getByRole('button', { name: 'Larger text' }).click();
  await controls.getByRole('button', { name: 'Larger text' }).click();
  await expect(controls.getByText('130%')).toBeVisible();
  await expect
    .poll(() =>
      roomCards(room, 'Legitimacy')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    )
    .toBeGreaterThan(before * 1.2);
});

test('the room view recovers its state when either window is reloaded', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Reload', PROPOSITION);
  await addCardViaUi(page, 'Accountability', 'A named contact answers in 2 days');
  const room = await openRoomView(context, page);
  await page
    .getByRole('region', { name: 'Accountability' })
    .getByRole('button', { name: 'Spotlight' })
    .click();
  await expect(room.getByRole('region', { name: 'Spotlight' })).toContainText('A named contact');
  await room.reload();
  await expect(room.getByRole('region', { name: 'Spotlight' })).toContainText('A named contact');
  await page.getByRole('button', { name: 'Blank screen' }).click();
  // Wait for the write to land before reloading: a reload in the same instant would cut it off.
  await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(room.locator('.present-screen')).toHaveAttribute('data-view', 'blank');
  // The facilitator page, reloaded, still drives the room view.
  await page.getByRole('button', { name: 'Blank screen' }).click();
  await expect(room.getByRole('region', { name: 'Spotlight' })).toContainText('A named contact');
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width}×${size.height} nothing on the room view is cut off or overlaps, even crowded and at the largest text`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    // The facilitator's own window on a wide screen: this test is about the room view, and a
    // crowded lane at laptop height leaves its last card half under the capture box.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await createSessionViaUi(
      page,
      'A long session title for the whole Riverside away day, group B',
      `${PROPOSITION} ${PROPOSITION}`,
    );
    const lanes = [
      'Legitimacy',
      'Practicability',
      'Accountability',
      'Conclusions',
      'Open questions',
    ];
    for (const lane of lanes)
      await addCardViaUi(
        page,
        lane,
        `A first point for ${lane.toLowerCase()}, long enough to wrap onto a second line on the wall`,
      );
    const room = await openRoomView(context, page, size);
    await room.screenshot({
      path: test.info().outputPath(`room-${size.width}x${size.height}.png`),
    });
    expect(await layoutProblems(room)).toEqual([]);

    // Crowd one lane, then take the text to its largest: older cards give way, nothing is cut.
    for (let i = 1; i <= 25; i++)
      await addCardViaUi(
        page,
        'Conclusions',
        `Conclusion number ${i}: outcomes depend on both sides keeping their commitments`,
      );
    await page.getByRole('button', { name: 'Present' }).click();
    const controls = page.getByRole('complementary', { name: 'Room view controls' });
    for (const size of ['115%', '130%', '150%', '175%', '200%']) {
      await controls.getByRole('button', { name: 'Larger text' }).click();
      await expect(controls.getByText(size, { exact: true })).toBeVisible();
    }
    await expect(controls.getByRole('button', { name: 'Larger text' })).toBeDisabled();
    await expect(roomCards(room, 'Conclusions').last()).toContainText('Conclusion number 25');
    await expect(room.getByRole('region', { name: 'Conclusions' })).toContainText(
      /Newest \d+ of 26 · \d+ more/,
    );
    // Lane names stay whole at the largest text: a one-word name on one line, never broken mid-word.
    for (const name of ['Legitimacy', 'Practicability', 'Accountability', 'Conclusions']) {
      const lines = await room
        .getByRole('region', { name })
        .locator('.present-lane-title')
        .evaluate((title) => {
          const range = document.createRange();
          range.selectNodeContents(title.childNodes[1]!);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      expect(lines, `${name} is on one line`).toBe(1);
    }
    await room.screenshot({
      path: test.info().outputPath(`room-${size.width}x${size.height}-crowded.png`),
    });
    expect(await layoutProblems(room)).toEqual([]);

    await roomCards(page, 'Conclusions').last().getByRole('button', { name: 'Spotlight' }).click();
    await expect(room.getByRole('region', { name: 'Spotlight' })).toBeVisible();
    expect(await layoutProblems(room)).toEqual([]);
    await page.getByRole('button', { name: 'Current prompt' }).click();
    await expect(room.getByRole('region', { name: 'Current prompt' })).toBeVisible();
    expect(await layoutProblems(room)).toEqual([]);
  });
}

test('the room view has no serious accessibility violations, contrast included, in both colour schemes', async ({
  page,
  context,
}) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  await createSessionViaUi(page, 'Accessible', PROPOSITION);
  await addCardViaUi(page, 'Legitimacy', 'Who agreed?');
  await addCardViaUi(page, 'Open questions', 'How is it measured?');
  const room = await openRoomView(context, page);
  expect(await seriousViolations(room)).toEqual([]);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Bright' }).click();
  await expect(room.locator('.present-theme-light')).toBeVisible();
  expect(await seriousViolations(room)).toEqual([]);
  await page
    .getByRole('region', { name: 'Legitimacy' })
    .getByRole('button', { name: 'Spotlight' })
    .click();
  await expect(room.getByRole('region', { name: 'Spotlight' })).toBeVisible();
  expect(await seriousViolations(room)).toEqual([]);
  // And the facilitator's board with the controls and preview open.
  expect(await seriousViolations(page)).toEqual([]);
});

test('the room view shows the current stage, its prompts and the time left — never the private notes', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Stages', PROPOSITION);
  await page.getByRole('button', { name: 'Next stage' }).click();
  const notes = page.getByRole('textbox', { name: 'Private notes' });
  await notes.fill('SECRET-note: the chair has no mandate');
  await notes.blur();
  await page.getByRole('button', { name: 'Start timer' }).click();
  const stageTitle = await page
    .getByRole('region', { name: 'Current stage' })
    .getByRole('heading')
    .first()
    .innerText();

  const room = await openRoomView(context, page);
  const badge = room.getByRole('region', { name: 'Stage and time' });
  await expect(badge).toContainText(stageTitle);
  await expect(badge).toContainText('Stage 2 of');
  const timer = room.getByRole('timer');
  await expect(timer).toHaveText(/^\d+:\d\d$/);
  const first = await timer.innerText();
  await expect(timer).not.toHaveText(first, { timeout: 4000 });

  await page.getByRole('button', { name: 'Present' }).click();
  await page
    .getByRole('complementary', { name: 'Room view controls' })
    .getByRole('button', { name: 'Current prompt' })
    .click();
  const prompt = room.getByRole('region', { name: 'Current prompt' });
  await expect(prompt.getByRole('heading', { name: stageTitle })).toBeVisible();
  await expect(
    prompt.getByRole('list', { name: 'Prompts' }).getByRole('listitem').first(),
  ).toBeVisible();
  expect(await layoutProblems(room)).toEqual([]);

  // Not in the room view's DOM in any mode, nor after a reload; not in the facilitator's preview either.
  for (const mode of ['Board', 'Current prompt']) {
    await page
      .getByRole('complementary', { name: 'Room view controls' })
      .getByRole('button', { name: mode })
      .click();
    await room.waitForTimeout(200);
    expect(await room.content()).not.toContain('SECRET');
  }
  await room.reload();
  await expect(room.getByRole('timer')).toBeVisible();
  expect(await room.content()).not.toContain('SECRET');
  expect(await page.locator('.presenter-preview').innerHTML()).not.toContain('SECRET');
});

test('agreement mode puts the agreement draft on the wall', async ({ page, context }) => {
  await createSessionViaUi(page, 'Agreement on the wall', PROPOSITION);
  await addCardViaUi(page, 'Conclusions', 'Outcomes are negotiated between all parties');
  const room = await openRoomOnTheDraft(context, page);
  await expect(room.getByText('The agreement draft has not been started yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await reviewAndWrite(page);
  await expect(room.getByRole('article', { name: 'Agreement draft' })).toContainText(
    'Outcomes are negotiated between all parties',
  );
  expect(await layoutProblems(room)).toEqual([]);
  expect(await seriousViolations(room)).toEqual([]);
});
