import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { reviewAndWrite, seriousViolations } from './support/agreement';
import { addCardViaUi, createSessionViaUi } from './support/board';
import { openParticipants } from './support/boardScale';
import { openRoomView } from './support/presenter';

const PROPOSITION = 'The state should move from social security to social productivity.';
const SCREENSHOTS = process.env.PARLEY_SCREENSHOTS;

/** One group's session: points, a conclusion, an open question, and a draft written from them. */
async function groupSession(page: Page, title: string, conclusion: string, question: string) {
  await createSessionViaUi(page, title, PROPOSITION);
  // Past the Frame stage, whose lane captures definitions rather than open questions.
  await page.getByRole('button', { name: 'Next stage' }).click();
  await addCardViaUi(page, 'Legitimacy', `${title}: the ward forum must agree first`);
  await addCardViaUi(page, 'Practicability', `${title}: no staff to open on Sundays`);
  await addCardViaUi(page, 'Conclusions', conclusion);
  await addCardViaUi(page, 'Open questions', question);
  await page.getByRole('button', { name: 'Agreement' }).click();
  await reviewAndWrite(page);
  await expect(page.getByRole('listitem', { name: /^Clause / }).first()).toBeVisible();
}

/** Two groups filed under one away day; returns on home. */
async function awayDayOfTwoGroups(page: Page) {
  await groupSession(
    page,
    'Group A',
    'Group A: outcomes are negotiated, not promised',
    'Who pays for volunteer training?',
  );
  await groupSession(
    page,
    'Group B',
    'Group B: the library promises six days a week',
    'Who pays for the volunteers’ training?',
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'New away day' }).click();
  await page.getByRole('textbox', { name: 'Away day name' }).fill('Riverside away day');
  await page.getByRole('button', { name: 'Create away day' }).click();
  for (const title of ['Group A', 'Group B'])
    await page
      .getByRole('combobox', { name: `Away day for ${title}` })
      .selectOption({ label: 'Riverside away day' });
  await expect(
    page.getByRole('list', { name: 'Sessions of Riverside away day' }).getByRole('listitem'),
  ).toHaveCount(2);
}

async function openSynthesis(page: Page) {
  await page
    .getByRole('region', { name: /Riverside away day/ })
    .getByRole('button', { name: 'Synthesis' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Riverside away day: synthesis', level: 1 }),
  ).toBeVisible();
}

/** Chooses a format from the synthesis's Export menu; returns the downloaded file's path. */
async function exportSynthesis(page: Page, item: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Riverside away day — synthesis\./);
  const path = join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function wordText(path: string): { text: string; media: string[] } {
  const files = unzipSync(readFileSync(path));
  const xml = strFromU8(files['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  return { text, media: Object.keys(files).filter((f) => f.startsWith('word/media/')) };
}

async function shoot(page: Page, name: string, target?: Locator) {
  if (!SCREENSHOTS) return;
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await (target ?? page).screenshot({ path: join(SCREENSHOTS, `${name}-${w}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

test('two groups under one away day make one synthesis: conclusions side by side, questions merged, the clause table — in Markdown and Word', async ({
  page,
}) => {
  test.slow();
  await awayDayOfTwoGroups(page);
  await openSynthesis(page);

  const proposition = page.getByRole('region', { name: 'Proposition' });
  await expect(proposition).toContainText(PROPOSITION);
  await expect(proposition.getByRole('region', { name: 'Conclusions of Group A' })).toContainText(
    'Group A: outcomes are negotiated, not promised',
  );
  await expect(proposition.getByRole('region', { name: 'Conclusions of Group B' })).toContainText(
    'Group B: the library promises six days a week',
  );

  // The two groups' near-identical questions are put together, and a person can split them.
  const questions = page.getByRole('region', { name: 'Open questions, merged' });
  const similar = questions.getByRole('list', {
    name: 'Similar to “Who pays for volunteer training?”',
  });
  await expect(similar.getByRole('listitem')).toHaveCount(2);
  await shoot(page, 'synthesis');
  await similar
    .getByRole('button', {
      name: 'Split “Who pays for the volunteers’ training?” from the similar questions',
    })
    .click();
  await expect(similar).toHaveCount(0);
  await expect(
    questions.getByRole('button', {
      name: 'Put back “Who pays for the volunteers’ training?” with similar questions',
    }),
  ).toBeVisible();

  const clauses = page.getByRole('region', { name: 'Agreement clauses of every group' });
  await expect(clauses.getByRole('row').filter({ hasText: 'Group A' }).first()).toBeVisible();
  await expect(clauses.getByRole('row').filter({ hasText: 'Group B' }).first()).toBeVisible();

  const markdown = readFileSync(await exportSynthesis(page, 'Markdown'), 'utf8');
  expect(markdown).toContain('_Away-day synthesis_');
  expect(markdown).toContain('Group A: outcomes are negotiated, not promised');
  expect(markdown).toContain('Group B: the library promises six days a week');
  expect(markdown).toContain('| Group | Clause | Text | Status | Consent |');
  expect(markdown).toMatch(/\| Group A \| \d+\.\d+ \| Group A: outcomes are negotiated/);
  expect(markdown).toMatch(/\| Group B \| \d+\.\d+ \| Group B: the library promises/);
  // The split stays split in the export.
  expect(markdown).toContain('| 2 | Who pays for the volunteers’ training? | Group B |');

  const word = wordText(await exportSynthesis(page, 'Word'));
  expect(word.text).toContain('Group A: outcomes are negotiated, not promised');
  expect(word.text).toContain('Group B: the library promises six days a week');
  expect(word.text).toContain('Agreement clauses of every group');
  expect(word.text).toContain('Consent');

  expect(await seriousViolations(page)).toEqual([]);
});

test('practicability scores and the balance of voices: charts with their tables on the board, the room view, the synthesis and in Word as pictures', async ({
  page,
  context,
}) => {
  test.slow();
  await awayDayOfTwoGroups(page);
  await page.getByRole('link', { name: /Group A/ }).click();

  await openParticipants(page);
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  for (const [name, party] of [
    ['Ada', 'Library service'],
    ['Bo', 'Friends of the library'],
  ]) {
    await dialog.getByLabel('Name').fill(name!);
    await dialog.getByLabel('Party').fill(party!);
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await expect(dialog.getByRole('list', { name: 'Participants' })).toContainText(name!);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  const legitimacy = page
    .getByRole('region', { name: 'Legitimacy' })
    .getByRole('listitem')
    .filter({ hasText: 'Group A: the ward forum must agree first' });
  await legitimacy.getByRole('button', { name: 'Card details' }).click();
  await legitimacy.getByLabel('Raised by').selectOption({ label: 'Ada (Library service)' });

  const panel = page.getByRole('region', { name: 'Balance of voices' });
  await panel.getByText('Balance of voices and practicability').click();
  await expect(panel.getByRole('list', { name: 'Parties not heard' })).toContainText(
    'Friends of the library has said nothing in Legitimacy.',
  );
  await expect(panel.getByRole('img', { name: /^Balance of voices:/ })).toBeVisible();
  await expect(
    panel
      .getByRole('table', { name: /^Balance of voices: points and dots/ })
      .getByRole('row', { name: /Library service/ }),
  ).toContainText('1 point, 0 dots');

  // A point added after the first draft, so the next Generate draft offers it for review.
  const point = 'Group A: the mobile library has no driver';
  await addCardViaUi(page, 'Practicability', point);
  for (const [dimension, value] of [
    ['Evidence', '4'],
    ['Capacity', '1'],
    ['Control', '2'],
  ])
    await panel.getByRole('combobox', { name: `${dimension} for “${point}”` }).selectOption(value!);
  const scores = panel.getByRole('table', { name: /^Practicability scores and importance/ });
  await expect(scores.getByRole('row', { name: new RegExp(point) })).toContainText('2.3');
  await expect(panel.getByRole('img', { name: /^Practicability at a glance:/ })).toBeVisible();
  await shoot(page, 'balance-panel');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel.getByRole('img')).toHaveCount(0);

  // The room view shows the same chart, with its numbers, when the facilitator puts it up.
  await page.getByRole('button', { name: 'Present' }).click();
  await page
    .getByRole('complementary', { name: 'Room view controls' })
    .getByRole('button', { name: 'Practicability chart' })
    .click();
  const room = await openRoomView(context, page);
  const wall = room.getByRole('region', { name: 'Practicability at a glance' });
  await expect(wall.getByRole('img', { name: /^Practicability at a glance:/ })).toBeVisible();
  await expect(wall.getByRole('row', { name: new RegExp(point) })).toContainText('2.3');
  if (SCREENSHOTS)
    await room.screenshot({ path: join(SCREENSHOTS, 'room-practicability-1920.png') });
  await room.close();

  // Scored low: offered as a contingency in the draft's review step.
  await page.getByRole('button', { name: 'Agreement' }).click();
  await page.getByRole('button', { name: 'Generate draft' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Additions from the board' })
      .getByRole('listitem', { name: point }),
  ).toContainText('Scored low (capacity 1/5, control 2/5)');

  await page.goto('/');
  await openSynthesis(page);
  const glance = page.getByRole('region', { name: 'Practicability at a glance' });
  await expect(glance.getByRole('img', { name: /^Practicability at a glance:/ })).toBeVisible();
  await expect(
    glance.getByRole('table').getByRole('row', { name: new RegExp(point) }),
  ).toContainText('2.3');
  await expect(
    page.getByRole('region', { name: 'Balance of voices in Group A' }).getByRole('table'),
  ).toContainText('Friends of the library');
  await shoot(page, 'synthesis-charts', glance);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Include the balance of voices' }).click();
  await page.keyboard.press('Escape');
  const word = wordText(await exportSynthesis(page, 'Word'));
  expect(word.media.filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
  expect(word.text).toContain('Balance of voices');
  expect(word.text).toContain('Practicability scores and importance of each scored point');
  const html = readFileSync(await exportSynthesis(page, 'HTML'), 'utf8');
  expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(html).toContain('<caption>Balance of voices: points and dots per party and lens');

  expect(await seriousViolations(page)).toEqual([]);
});
