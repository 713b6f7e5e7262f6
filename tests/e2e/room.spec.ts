import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { layoutProblems, openRoomView } from './support/presenter';
import { boardCards, joinFromPhone, openTheRoom, phonePoint, sendFromPhone } from './support/room';
import { consentFromPhonesTests } from './support/roomConsentTests';
import { scoringFromPhonesTests } from './support/roomScoringTests';

// One room server per web server: every test that opens the room is in this file and they take
// turns (docs/room.md); a second serial file would run beside this one in the other worker.
// Loopback only.
test.describe.configure({ mode: 'serial' });

const PROPOSITION = 'The council and the trust share one budget for youth services.';

/**
 * What covers a button or list of the proposition on a board, or pushes it out of its banner, in
 * words (empty when every one is whole and on top).
 */
function propositionControlsCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const banner = document
      .querySelector('section[aria-label="Proposition"]')!
      .getBoundingClientRect();
    const controls = document.querySelectorAll<HTMLElement>(
      'section[aria-label="Proposition"] :is(button, select)',
    );
    return [...controls].flatMap((control) => {
      const box = control.getBoundingClientRect();
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      if (box.left < banner.left || box.right > banner.right + 0.5)
        return [`${name} sticks out of the banner`];
      const top = document.elementFromPoint(box.right - 4, box.top + box.height / 2);
      return top && control.contains(top)
        ? []
        : [`${name} is covered by ${top?.outerHTML.slice(0, 80)}`];
    });
  });
}

async function addProposition(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add proposition' }).click();
  await page.getByRole('textbox', { name: 'New proposition' }).fill(text);
  await page.getByRole('textbox', { name: 'New proposition' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Remove proposition' })).toBeVisible();
}

test('a phone’s point reaches the current lane and the room view, marked as from the room', async ({
  page,
  context,
  browser,
}) => {
  await createSessionViaUi(page, 'Youth services', PROPOSITION);
  const roomView = await openRoomView(context, page);
  const joinUrl = await openTheRoom(page);
  const a = await joinFromPhone(browser, joinUrl);
  const b = await joinFromPhone(browser, joinUrl);
  await expect(
    page.getByRole('region', { name: 'Room participation' }).getByRole('status'),
  ).toHaveText('2 phones connected');
  await expect(roomView.getByRole('img', { name: 'QR code to join' })).toBeVisible();

  // The phone shows the session, the proposition and the current stage with its prompts.
  await expect(a.phone.getByText(PROPOSITION)).toBeVisible();
  await expect(a.phone.getByRole('heading', { level: 2 }).first()).toHaveText(/Frame/);

  await sendFromPhone(a.phone, 'Who asked the young people?');
  await expect(phonePoint(a.phone, 'Who asked the young people?')).toContainText('On the board');
  const card = boardCards(page, 'Open questions', 'Who asked the young people?');
  await expect(card).toContainText('From the room');
  await expect(boardCards(roomView, 'Open questions', 'Who asked the young people?')).toBeVisible();

  // Phones follow the stage as the facilitator moves on.
  await page.getByRole('button', { name: 'Next stage' }).click();
  await expect(b.phone.getByRole('heading', { name: 'Legitimacy', level: 2 })).toBeVisible();
  await sendFromPhone(b.phone, 'The trust board never voted on it');
  await expect(boardCards(page, 'Legitimacy', 'The trust board never voted on it')).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('the join code on the room view covers no lane: the room’s newest point stays in sight', async ({
  page,
  context,
}) => {
  // A proposition as long as people write them: it shares the header's row with the join code.
  await createSessionViaUi(
    page,
    'Youth services',
    `${PROPOSITION} It is held by the council and the trust together, with one board answering for it to the young people who use the services.`,
  );
  for (let i = 1; i <= 12; i++) await addCardViaUi(page, 'Open questions', `Question ${i}`);
  await openTheRoom(page);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const roomView = await openRoomView(context, page, size);
    const join = roomView.getByRole('complementary', { name: 'Join from your phone' });
    await expect(join.getByRole('img', { name: 'QR code to join' })).toBeVisible();
    const newest = roomView
      .locator('section.present-lane.lane-questions .present-card')
      .filter({ hasText: /^Question 12$/ });
    await expect(newest).toBeVisible();
    // On top where it is drawn: nothing laid over it.
    const onTop = await newest.evaluate((card) => {
      const r = card.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top !== null && card.contains(top);
    });
    expect(onTop, `${size.width} × ${size.height}`).toBe(true);
    expect(await layoutProblems(roomView)).toEqual([]);
    await roomView.close();
  }
});

test('review first puts points in From the room; silent holds them until Reveal', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Modes', PROPOSITION);
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);

  await page.getByRole('combobox', { name: 'Room mode' }).selectOption({ label: 'Review first' });
  await expect(phone.getByText(/reads your point before/)).toBeVisible();
  await sendFromPhone(phone, 'Keep it');
  await sendFromPhone(phone, 'Drop it');
  await expect(phonePoint(phone, 'Keep it')).toContainText('Waiting for the facilitator');
  const inbox = page.getByRole('region', { name: 'From the room' });
  await expect(inbox.getByRole('listitem')).toHaveCount(2);
  await expect(boardCards(page, 'Open questions', 'Keep it')).toHaveCount(0);

  await inbox
    .getByRole('listitem')
    .filter({ hasText: 'Keep it' })
    .getByRole('button', { name: 'Approve', exact: true })
    .click();
  await inbox
    .getByRole('listitem')
    .filter({ hasText: 'Drop it' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(boardCards(page, 'Open questions', 'Keep it')).toBeVisible();
  await expect(phonePoint(phone, 'Keep it')).toContainText('On the board');
  await expect(phonePoint(phone, 'Drop it')).toContainText('Set aside');
  await expect(boardCards(page, 'Open questions', 'Drop it')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Room mode' }).selectOption({ label: 'Silent' });
  await expect(phone.getByText(/Silent writing/)).toBeVisible();
  await sendFromPhone(phone, 'Quiet one');
  await sendFromPhone(phone, 'Quiet two');
  await expect(phonePoint(phone, 'Quiet two')).toContainText('Waiting for the reveal');
  await expect(boardCards(page, 'Open questions', 'Quiet one')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(boardCards(page, 'Open questions', 'Quiet one')).toBeVisible();
  await expect(boardCards(page, 'Open questions', 'Quiet two')).toBeVisible();
  await expect(phonePoint(phone, 'Quiet one')).toContainText('On the board');
  await context.close();
});

test('an anonymous stage asks a phone for no name and stores none', async ({ page, browser }) => {
  await createSessionViaUi(page, 'Anonymous', PROPOSITION);
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);
  await phone.getByText('Your name and party (optional)').click();
  await phone.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await sendFromPhone(phone, 'Signed point');
  await expect(boardCards(page, 'Open questions', 'Signed point')).toContainText('Ana Lopez');

  // Saved as a plan edit, so the box shows the stored setting once the command has run.
  const anonymous = page.getByRole('checkbox', { name: 'Anonymous' });
  await anonymous.click();
  await expect(anonymous).toBeChecked();
  await expect(phone.getByText(/This stage is anonymous/)).toBeVisible();
  await expect(phone.getByRole('textbox', { name: 'Your name' })).toBeHidden();
  await sendFromPhone(phone, 'Unsigned point');
  const card = boardCards(page, 'Open questions', 'Unsigned point');
  await expect(card).toContainText('From the room');
  await expect(card).not.toContainText('Ana Lopez');
  await context.close();
});

test('phones place and take back dots while voting is open; closing it freezes the tallies', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Dots', PROPOSITION);
  await addCardViaUi(page, 'Legitimacy', 'Ask the youth council');
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);
  await page.getByRole('button', { name: 'Open voting on phones' }).click();
  const item = phone.getByRole('listitem').filter({ hasText: 'Ask the youth council' });
  await item.getByRole('button', { name: 'Place a dot' }).click();
  await item.getByRole('button', { name: 'Place a dot' }).click();
  await expect(item).toContainText('2 dots');
  await expect(
    boardCards(page, 'Legitimacy', 'Ask the youth council').getByLabel('2 votes'),
  ).toBeVisible();
  await item.getByRole('button', { name: 'Take back a dot' }).click();
  await expect(
    boardCards(page, 'Legitimacy', 'Ask the youth council').getByLabel('1 vote'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close voting on phones' }).click();
  await expect(phone.getByRole('heading', { name: 'Dots' })).toBeHidden();
  await context.close();
});

test('a card added after voting opened appears on the phone and takes a dot; a deleted one goes', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Live dots', PROPOSITION);
  await addCardViaUi(page, 'Legitimacy', 'Ask the youth council');
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);
  await page.getByRole('button', { name: 'Open voting on phones' }).click();
  const first = phone.getByRole('listitem').filter({ hasText: 'Ask the youth council' });
  await first.getByRole('button', { name: 'Place a dot' }).click();
  await expect(first).toContainText('1 dot');
  await expect(phone.getByText('You have 4 of 5 dots left.')).toBeVisible();

  await addCardViaUi(page, 'Legitimacy', 'Ask the parents too');
  const added = phone.getByRole('listitem').filter({ hasText: 'Ask the parents too' });
  await expect(added).toContainText('0 dots');
  // The phone kept its dot on the first card while the list changed.
  await expect(first).toContainText('1 dot');
  await added.getByRole('button', { name: 'Place a dot' }).click();
  await expect(
    boardCards(page, 'Legitimacy', 'Ask the parents too').getByLabel('1 vote'),
  ).toBeVisible();
  await expect(phone.getByText('You have 3 of 5 dots left.')).toBeVisible();

  // A card deleted on the board leaves the phone's list, and its dot no longer counts.
  const gone = boardCards(page, 'Legitimacy', 'Ask the youth council');
  await gone.hover();
  await gone.getByRole('button', { name: 'Delete card' }).click();
  await expect(first).toHaveCount(0);
  await expect(phone.getByText('You have 4 of 5 dots left.')).toBeVisible();
  await context.close();
});

test('a point sent while the phone is offline arrives exactly once when it is back', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Offline', PROPOSITION);
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);
  await context.setOffline(true);
  await expect(phone.getByRole('status').first()).toContainText('Offline');
  await sendFromPhone(phone, 'Sent in the lift');
  await expect(phonePoint(phone, 'Sent in the lift')).toContainText('Sending…');
  await expect(phone.getByRole('textbox', { name: 'Your point' })).toHaveValue('');
  await expect(boardCards(page, 'Open questions', 'Sent in the lift')).toHaveCount(0);

  await context.setOffline(false);
  await expect(phonePoint(phone, 'Sent in the lift')).toContainText('On the board');
  await expect(boardCards(page, 'Open questions', 'Sent in the lift')).toHaveCount(1);
  // A reload resends nothing that was acknowledged.
  await phone.reload();
  await expect(phonePoint(phone, 'Sent in the lift')).toContainText('On the board');
  await expect(boardCards(page, 'Open questions', 'Sent in the lift')).toHaveCount(1);
  await context.close();
});

test('private notes never reach a phone’s page or its messages', async ({ page, browser }) => {
  await createSessionViaUi(page, 'Private', PROPOSITION);
  const secret = 'SECRET-chair-will-block-this';
  const notes = page.getByRole('textbox', { name: 'Private notes' });
  await notes.fill(secret);
  await notes.blur();
  const joinUrl = await openTheRoom(page);
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const phone = await context.newPage();
  const frames: string[] = [];
  phone.on('websocket', (ws) => {
    ws.on('framereceived', (f) => frames.push(String(f.payload)));
    ws.on('framesent', (f) => frames.push(String(f.payload)));
  });
  await phone.goto(joinUrl);
  await expect(phone.getByRole('button', { name: 'Send' })).toBeEnabled();
  await page.getByRole('button', { name: 'Next stage' }).click();
  await expect(phone.getByRole('heading', { name: 'Legitimacy', level: 2 })).toBeVisible();
  await notes.fill(`${secret} — on this stage too`);
  await notes.blur();
  await page.getByRole('button', { name: 'Previous stage' }).click();
  await expect(phone.getByRole('heading', { name: 'Frame', level: 2, exact: false })).toBeVisible();
  expect(frames.some((f) => f.includes('"type":"view"'))).toBe(true);
  expect(frames.filter((f) => f.includes('SECRET'))).toEqual([]);
  expect(await phone.content()).not.toContain('SECRET');
  await context.close();
});

test('closing the room tells every phone, and they can send no more', async ({ page, browser }) => {
  await createSessionViaUi(page, 'Closing', PROPOSITION);
  const joinUrl = await openTheRoom(page);
  const a = await joinFromPhone(browser, joinUrl);
  const b = await joinFromPhone(browser, joinUrl);
  await page.getByRole('button', { name: 'Close the room' }).click();
  await expect(page.getByRole('region', { name: 'Room participation' })).toHaveCount(0);
  for (const { phone } of [a, b]) {
    await expect(phone.getByText('The facilitator has closed the room')).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Send' })).toBeDisabled();
  }
  await a.context.close();
  await b.context.close();
});

test('the phone page has no serious accessibility violations in either colour scheme', async ({
  page,
  browser,
}) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  await createSessionViaUi(page, 'Accessible', PROPOSITION);
  const joinUrl = await openTheRoom(page);
  const { phone, context } = await joinFromPhone(browser, joinUrl);
  await sendFromPhone(phone, 'A point to list');
  await expect(phonePoint(phone, 'A point to list')).toContainText('On the board');
  for (const colorScheme of ['light', 'dark'] as const) {
    await phone.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: phone }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  await context.close();
});

consentFromPhonesTests();
scoringFromPhonesTests();

test('on a 1280 × 720 laptop the room never covers the proposition’s buttons, open here or in another window, nor makes the board shorter', async ({
  page,
  browser,
}) => {
  const laptop = { width: 1280, height: 720 };
  await page.setViewportSize(laptop);
  await createSessionViaUi(page, 'Room here', PROPOSITION);
  await addProposition(page, 'Outcomes are negotiated, not delivered');
  await openTheRoom(page);
  expect(await propositionControlsCovered(page)).toEqual([]);

  // Another window, another session: told the room is open elsewhere, in one line beside the
  // proposition (the whole sentence in its title), with the board's top no taller than before.
  const other = await browser.newContext({ viewport: laptop });
  const elsewhere = await other.newPage();
  await page.getByRole('button', { name: 'Close the room' }).click();
  await createSessionViaUi(elsewhere, 'Elsewhere', PROPOSITION);
  const top = elsewhere.locator('.board-top');
  const heightAlone = (await top.boundingBox())!.height;
  await openTheRoom(page);
  const told = elsewhere
    .getByRole('status')
    .filter({ hasText: 'The room is open for another session in another Parley window.' });
  await expect(told).toBeVisible();
  await expect(told).toHaveAttribute('title', /Opening it here closes it there\.$/);
  expect((await top.boundingBox())!.height).toBeLessThanOrEqual(heightAlone);
  expect(await propositionControlsCovered(elsewhere)).toEqual([]);
  await addProposition(elsewhere, 'Outcomes are negotiated, not delivered');
  expect(await propositionControlsCovered(elsewhere)).toEqual([]);
  await page.getByRole('button', { name: 'Close the room' }).click();
  await other.close();
});
