import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { addParticipants } from './support/boardScale';
import { fingerOn, laptopBoard, linesOf, overlaps, wholeCardsShown } from './support/laptop';
import { tasksBetween, traceTasks } from './support/mainThreadTasks';

const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

const card = (page: Page, lane: string, text: string) =>
  page.getByRole('region', { name: lane }).getByRole('listitem').filter({ hasText: text });

for (const size of LAPTOPS) {
  test(`at ${size.width} × ${size.height} every lane shows three two-line cards, the current one six, with the header in one row`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await laptopBoard(page, 7);
    const first = card(page, 'Practicability', 'Residents were not asked first 1');
    expect(await linesOf(first)).toBe(2);
    expect(await wholeCardsShown(page, 'Legitimacy')).toBeGreaterThanOrEqual(6);
    for (const lane of ['Practicability', 'Accountability', 'Conclusions'])
      expect(await wholeCardsShown(page, lane)).toBeGreaterThanOrEqual(3);

    // One header row: every tool sits level with the title.
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    for (const name of ['Present', 'Agreement', 'Open the room', 'More tools']) {
      const tool = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(tool.y).toBeLessThan(title.y + title.height);
      expect(tool.x + tool.width).toBeLessThanOrEqual(size.width);
    }
    // The folded tools are one press away.
    await page.getByRole('button', { name: 'More tools' }).click();
    await expect(page.getByRole('button', { name: /^Participants/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Participants/ })).toBeHidden();

    // The stage strip keeps the contract's controls, and the stage's purpose and prompts on a
    // line of their own; the whole panel (with the agenda) opens on demand, S too.
    const stage = page.getByRole('region', { name: 'Current stage' });
    await expect(page.getByRole('button', { name: 'Next stage' })).toBeVisible();
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Private notes' })).toBeVisible();
    await expect(stage.getByRole('list', { name: 'Prompts' })).toBeVisible();
    await expect(stage.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeHidden();
    await page.getByRole('button', { name: 'Stage panel' }).click();
    await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
    await page.getByRole('main', { name: 'Board' }).click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('s');
    await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeHidden();

    // Focus mode: the current lane large, the others narrow.
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const wide = (await page.getByRole('region', { name: 'Legitimacy' }).boundingBox())!;
    const narrow = (await page.getByRole('region', { name: 'Conclusions' }).boundingBox())!;
    expect(wide.width).toBeGreaterThan(2.5 * narrow.width);
    expect(await wholeCardsShown(page, 'Legitimacy')).toBeGreaterThanOrEqual(6);
  });

  test(`at ${size.width} × ${size.height} the board has no serious accessibility violations`, async ({
    page,
  }) => {
    // An axe scan is CPU-bound: the timeout is about the scan's cost, not the app's speed.
    test.slow();
    await page.setViewportSize(size);
    await laptopBoard(page, 2);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test("a hovered card's actions cover none of its words nor the words of the card above", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await laptopBoard(page, 3);
  const above = card(page, 'Legitimacy', 'first 1');
  const hovered = card(page, 'Legitimacy', 'first 2');
  await hovered.hover();
  const actions = hovered.locator('.card-actions');
  await expect(actions).toHaveCSS('opacity', '1');
  const bar = (await actions.boundingBox())!;
  for (const words of [hovered, above]) {
    const text = (await words.locator('.card-text').boundingBox())!;
    expect(overlaps(bar, text)).toBe(false);
  }
  // Every action is still there by name, and works from the bar.
  for (const name of ['Spotlight', 'Card details', 'Edit card', 'Delete card'])
    await expect(hovered.getByRole('button', { name, exact: true })).toBeVisible();
  await hovered.getByRole('button', { name: 'Card details' }).click();
  await expect(hovered.getByRole('combobox', { name: 'Kind' })).toBeVisible();
});

test('a drag started on the middle of a card’s words moves it to another lane', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await laptopBoard(page, 2);
  const text = card(page, 'Legitimacy', 'first 2').locator('.card-text');
  const from = (await text.boundingBox())!;
  const to = (await page.getByRole('region', { name: 'Open questions' }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 90, { steps: 8 });
  await page.mouse.up();
  await expect(card(page, 'Open questions', 'first 2')).toHaveCount(1);
  await expect(card(page, 'Legitimacy', 'first 2')).toHaveCount(0);
});

test('the details panel stays inside its card, and linking leaves the lane without sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createSessionViaUi(page, 'Details', 'P');
  await page.getByRole('button', { name: 'More tools' }).click();
  await page.getByRole('button', { name: /^Participants/ }).click();
  const people = page.getByRole('dialog');
  await people
    .getByRole('textbox', { name: 'Name' })
    .fill('Councillor Bartholomew Featherstonehaugh-Worthington');
  await people.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(people).toContainText('Featherstonehaugh');
  await page.keyboard.press('Escape');
  await addCardViaUi(page, 'Legitimacy', 'A source card whose words run on for quite a long way');
  await addCardViaUi(page, 'Conclusions', 'Outcomes must be negotiated');
  const conclusion = card(page, 'Conclusions', 'Outcomes must be negotiated');
  await conclusion.getByRole('button', { name: 'Card details' }).click();
  await conclusion
    .getByRole('combobox', { name: 'Raised by' })
    .selectOption({ label: 'Councillor Bartholomew Featherstonehaugh-Worthington' });
  await conclusion.getByRole('button', { name: 'Link cards…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link cards to this conclusion' });
  await dialog.getByRole('checkbox', { name: /A source card/ }).check();
  await dialog.getByRole('button', { name: /Save links/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(conclusion.getByRole('button', { name: /Go to linked card/ })).toBeVisible();

  const inside = await conclusion.evaluate((li) => {
    const outer = li.getBoundingClientRect();
    const parts = li.querySelectorAll(
      '.card-details, .card-details select, .card-meta, .link-chip',
    );
    return [...parts].every((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5;
    });
  });
  expect(inside).toBe(true);
  const scroller = page.getByRole('region', { name: 'Conclusions' }).locator('.card-scroll');
  const sideways = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 1366, height: 768 } });

  test('a finger drags a card by its handle, a long press opens its actions, targets are 44 px', async ({
    page,
  }) => {
    await laptopBoard(page, 2);
    const handle = card(page, 'Legitimacy', 'first 2').getByRole('button', { name: 'Move card' });
    const box = (await handle.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(
      (await page.getByRole('button', { name: 'Next stage' }).boundingBox())!.height,
    ).toBeGreaterThanOrEqual(44);

    const touch = await fingerOn(page);
    const to = (await page.getByRole('region', { name: 'Conclusions' }).boundingBox())!;
    await touch.drag(
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      { x: to.x + to.width / 2, y: to.y + to.height - 120 },
    );
    // Conclusions had its own "first 1" and "first 2"; the dragged card is the third there.
    await expect(
      page.getByRole('region', { name: 'Conclusions' }).getByRole('listitem'),
    ).toHaveCount(3);
    await expect(card(page, 'Conclusions', 'first 2')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      [/first 1$/],
    );

    // A long press on the words opens the card's actions as a menu, with 44 px buttons.
    const words = (await card(page, 'Legitimacy', 'first 1').locator('.card-text').boundingBox())!;
    await touch.start(words.x + 40, words.y + 10);
    const details = card(page, 'Legitimacy', 'first 1').getByRole('button', {
      name: 'Card details',
    });
    await expect(details).toBeVisible();
    await touch.end();
    expect((await details.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await details.tap();
    await expect(
      card(page, 'Legitimacy', 'first 1').getByRole('combobox', { name: 'Kind' }),
    ).toBeVisible();
  });

  test('a finger groups two cards by dragging one onto the other', async ({ page }) => {
    await createSessionViaUi(page, 'Touch groups', 'P');
    for (const text of ['Residents were not asked', 'Consent is thin'])
      await addCardViaUi(page, 'Legitimacy', text);
    const lane = page.getByRole('region', { name: 'Legitimacy' });
    const handle = (await card(page, 'Legitimacy', 'Consent is thin')
      .getByRole('button', { name: 'Move card' })
      .boundingBox())!;
    const target = (await card(page, 'Legitimacy', 'Residents were not asked').boundingBox())!;
    const touch = await fingerOn(page);
    await touch.drag(
      { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
    );
    await expect(lane.getByText('New group')).toBeVisible();
    await expect(lane.getByRole('button', { name: 'Rename group New group' })).toBeVisible();
    await expect(lane.getByRole('listitem')).toHaveText([
      /Residents were not asked/,
      /Consent is thin/,
    ]);
  });

  test('a finger places and takes back dots with taps, and the tallies follow', async ({
    page,
  }) => {
    await createSessionViaUi(page, 'Touch votes', 'P');
    await addCardViaUi(page, 'Legitimacy', 'Residents were not asked');
    await addCardViaUi(page, 'Legitimacy', 'The trust board never voted');
    await addParticipants(page, [['Asha', 'Residents']]);
    const people = page.getByRole('dialog', { name: 'Participants' });
    await people.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
    await people.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('combobox', { name: 'Voting' }).selectOption({ label: 'Dots for Asha' });

    const asked = card(page, 'Legitimacy', 'Residents were not asked');
    const board = card(page, 'Legitimacy', 'The trust board never voted');
    const add = (c: Locator) => c.getByRole('button', { name: 'Vote for card' });
    const takeBack = (c: Locator) => c.getByRole('button', { name: 'Remove vote from card' });
    for (const button of [add(asked), takeBack(asked), add(board), takeBack(board)]) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }

    await add(asked).tap();
    await expect(asked.getByLabel('1 vote', { exact: true })).toBeVisible();
    await add(asked).tap();
    await add(board).tap();
    await expect(page.getByText('Asha: 0 of 3 dots left')).toBeVisible();
    await expect(asked.getByLabel('2 votes', { exact: true })).toBeVisible();
    await expect(board.getByLabel('1 vote', { exact: true })).toBeVisible();
    // A fourth dot is refused, saying why, and no tally moves.
    await add(board).tap();
    await expect(page.getByRole('alert')).toContainText('Asha has used all 3 dots');
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).tap();
    await expect(board.getByLabel('1 vote', { exact: true })).toBeVisible();

    await takeBack(asked).tap();
    await expect(asked.getByLabel('1 vote', { exact: true })).toBeVisible();
    await takeBack(board).tap();
    await expect(board.locator('.card-votes')).toHaveCount(0);
    await expect(asked.getByLabel('1 vote', { exact: true })).toBeVisible();
    await expect(page.getByText('Asha: 2 of 3 dots left')).toBeVisible();
  });
});

/** A real backup of a one-card session, grown to `cards` cards with fresh ids. */
async function backupWithCards(page: Page, cards: number): Promise<Buffer> {
  await createSessionViaUi(page, 'Ten thousand', 'P');
  await addCardViaUi(
    page,
    'Legitimacy',
    'A point of about the length people write on a sticky note',
  );
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Backup (JSON)', exact: true }).click();
  const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  const [first] = backup.tables.cards;
  backup.tables.cards = Array.from({ length: cards }, (_, i) => ({
    ...first,
    id: randomUUID(),
    lane: ['legitimacy', 'practicability', 'accountability', 'conclusions', 'questions'][i % 5],
    order: i,
    text: `Card ${i + 1}: ${first.text}`,
  }));
  return Buffer.from(JSON.stringify(backup));
}

test('a 10,000-card import shows its progress and keeps every task of the page under 100 ms', async ({
  page,
}) => {
  test.slow();
  const file = await backupWithCards(page, 10_000);
  await page.goto('/');
  // Tasks are counted only while the import runs: from the file's choice until its bar goes
  // (opening the imported 10,000-card board afterwards is the board's own budget, `npm run bench`).
  const stopTracing = await traceTasks(page);
  await page.evaluate(() => {
    performance.mark('import-watch:start');
    let seen = false;
    new MutationObserver((_, self) => {
      const bar = document.querySelector('progress[aria-label="Importing rows"]');
      if (bar) seen = true;
      else if (seen) {
        performance.mark('import-watch:end');
        self.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  // Chosen from disk, as a facilitator would: a file given to Playwright as a buffer is decoded
  // from base64 inside the page, a task of a second or more that is the test's, not the app's.
  const path = test.info().outputPath('ten.parley.json');
  writeFileSync(path, file);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(path);
  await page
    .getByRole('dialog', { name: 'Import “Ten thousand”' })
    .getByRole('button', { name: 'Replace' })
    .click();
  const bar = page.getByRole('progressbar', { name: 'Importing rows' });
  await expect(bar).toBeVisible();
  const progress = page.getByRole('group', { name: 'Work in progress' });
  await expect(progress).toContainText(/of 10,0\d\d/);
  await expect(progress).toContainText(/\b[1-9][\d,]* of/);
  await expect(bar).toBeHidden({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('import-watch:end').length > 0);
  await expect(page.getByRole('status').filter({ hasText: 'Imported the session' })).toBeVisible();

  // Each task's CPU time, not its wall time: on a machine shared by many processes a task of
  // 10 ms of work can wait 100 ms for a core, and that measures the machine, not the import. The
  // wall times are kept in the report. Most runs stay near 20 ms of CPU; one task of 35-70 ms (an
  // IndexedDB callback near the end of the writes) sometimes appears.
  const tasks = tasksBetween(await stopTracing(), 'import-watch:start', 'import-watch:end');
  const most = (key: 'cpuMs' | 'wallMs') => Math.round(Math.max(0, ...tasks.map((t) => t[key])));
  test.info().annotations.push({
    type: 'longest task during the import',
    description: `${most('cpuMs')} ms of CPU; ${most('wallMs')} ms of wall time`,
  });
  const long = tasks.filter((t) => t.cpuMs > 100).map((t) => Math.round(t.cpuMs));
  expect(most('cpuMs'), `tasks over 100 ms of CPU: ${long.join(', ')} ms`).toBeLessThanOrEqual(100);
});
