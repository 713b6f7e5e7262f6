import { expect, type Page } from '@playwright/test';

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

export const REGIONS = [
  'Legitimacy',
  'Practicability',
  'Accountability',
  'Conclusions',
  'Open questions',
] as const;
