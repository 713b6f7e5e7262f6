import { expect, type Locator, type Page } from '@playwright/test';

export function region(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

export function card(page: Page, regionName: string, text: string): Locator {
  return region(page, regionName).getByRole('listitem').filter({ hasText: text });
}

/** Drags with the mouse in small steps, as a hand would, and releases at a point on the target. */
export async function dragTo(
  page: Page,
  source: Locator,
  target: Locator,
  where: 'top' | 'middle' | 'bottom' = 'middle',
  /** Where on the card the hand takes hold: its text, or the ⠿ handle. */
  grip: '.card-text' | '.card-handle' = '.card-text',
): Promise<void> {
  // Lanes scroll; the drop target must be on screen, as it would be for a person dragging.
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const from = (await source.locator(grip).boundingBox())!;
  const to = (await target.boundingBox())!;
  const y =
    where === 'top' ? to.y + 4 : where === 'bottom' ? to.y + to.height - 4 : to.y + to.height / 2;
  const x0 = from.x + Math.min(10, from.width / 2);
  await page.mouse.move(x0, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      x0 + ((to.x + to.width / 2 - x0) * i) / steps,
      from.y + from.height / 2 + ((y - from.y - from.height / 2) * i) / steps,
    );
  }
  await page.mouse.up();
}

/** Presses a shortcut with focus on the page body (not in a text box), where board undo listens. */
export async function pressOnBoard(page: Page, keys: string): Promise<void> {
  await page.locator('.board-title').click();
  await page.keyboard.press(keys);
}

export async function addParticipants(
  page: Page,
  people: readonly [string, string][],
): Promise<void> {
  await page.getByRole('button', { name: /^Participants/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  for (const [name, party] of people) {
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Party' }).fill(party);
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await expect(dialog.getByRole('list', { name: 'Participants' })).toContainText(name);
  }
}
