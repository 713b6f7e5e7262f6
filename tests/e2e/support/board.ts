import { expect, type Locator, type Page } from '@playwright/test';

/** Creates a session through the UI, exactly as a facilitator would, and waits for its board. */
export async function createSessionViaUi(
  page: Page,
  title: string,
  proposition: string,
): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Session title' }).fill(title);
  await page.getByRole('textbox', { name: 'Proposition' }).fill(proposition);
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('region', { name: 'Legitimacy' })).toBeVisible();
}

/** Types a card into a region's capture box and waits until it is shown as a card. */
export async function addCardViaUi(page: Page, region: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: `Add to ${region}` });
  await box.fill(text);
  await box.press('Enter');
  await expect(
    page.getByRole('region', { name: region }).getByRole('listitem').filter({ hasText: text }),
  ).toBeVisible();
}

/**
 * A laptop-sized board whose Legitimacy lane holds `count` cards typed one by one through its box
 * (each waited for by the lane's count), for the tests of a lane longer than its window.
 */
export async function longLegitimacyLane(
  page: Page,
  title: string,
  count: number,
  text: (i: number) => string,
): Promise<{ lane: Locator; box: Locator }> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createSessionViaUi(page, title, 'Nothing is hidden from a screen reader');
  const lane = page.getByRole('region', { name: 'Legitimacy' });
  const box = lane.getByRole('textbox', { name: 'Add to Legitimacy' });
  for (let i = 1; i <= count; i++) {
    await box.fill(text(i));
    await box.press('Enter');
    await expect(lane.locator('.lane-count')).toHaveAttribute('aria-label', `${i} cards`);
  }
  return { lane, box };
}

/** Lets the page draw `n` frames: whatever follows each frame (a lane keeping its end) has run. */
export function waitFrames(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let seen = 0;
        const next = () => (++seen >= n ? done() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    n,
  );
}

export const REGIONS = [
  'Legitimacy',
  'Practicability',
  'Accountability',
  'Conclusions',
  'Open questions',
] as const;

/** On a laptop-sized window the stage panel is a strip: opens it (prompts, agenda) if folded. */
export async function openStagePanel(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Stage panel' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Opens the header's "More tools" menu where a laptop-sized window folds it. */
export async function openMoreTools(page: Page): Promise<void> {
  // isVisible() does not wait: asked while the board is still opening, it said "no More tools"
  // and the tool behind it was then waited for in a closed menu (synthesis.spec.ts timed out so).
  // The toolbar's Undo is always shown, so the header is there once it is.
  await page.getByRole('button', { name: 'Undo board change' }).waitFor();
  const more = page.getByRole('button', { name: 'More tools' });
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false')
    await more.click();
}
