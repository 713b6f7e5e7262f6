import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Opens the room on the board and returns the join address (loopback only in tests). */
export async function openTheRoom(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open the room' }).click();
  const region = page.getByRole('region', { name: 'Room participation' });
  await expect(region.getByRole('img', { name: 'QR code to join' })).toBeVisible();
  const href = await region.getByRole('link', { name: 'Join address' }).getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Z2-9]{6}$/);
  return href!;
}

/** A phone: its own browser context with mobile emulation, 360 × 640, touch. */
export async function joinFromPhone(
  browser: Browser,
  joinUrl: string,
): Promise<{ phone: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const phone = await context.newPage();
  await phone.goto(joinUrl);
  await expect(phone.getByRole('button', { name: 'Send' })).toBeEnabled();
  return { phone, context };
}

export async function sendFromPhone(phone: Page, text: string): Promise<void> {
  await phone.getByRole('textbox', { name: 'Your point' }).fill(text);
  await phone.getByRole('button', { name: 'Send' }).click();
}

/** The phone's own list item for a point, which says where the point is. */
export function phonePoint(phone: Page, text: string) {
  return phone.getByRole('list', { name: 'Your points' }).getByRole('listitem').filter({
    hasText: text,
  });
}

export function boardCards(page: Page, region: string, text: string) {
  return page.getByRole('region', { name: region }).getByRole('listitem').filter({ hasText: text });
}

/** Serious and critical accessibility violations of one part of a phone's page, in both schemes. */
export async function phoneViolations(phone: Page, selector: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await phone.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: phone }).include(selector).analyze();
    for (const v of results.violations)
      if (v.impact === 'serious' || v.impact === 'critical') found.push(`${colorScheme}: ${v.id}`);
  }
  return found;
}
