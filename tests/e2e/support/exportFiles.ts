import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page } from '@playwright/test';

/** Saves the download a click starts, and waits for the notice that says it was downloaded. */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  await expect(
    page.getByRole('status').filter({ hasText: `Downloaded “${file.suggestedFilename()}”` }),
  ).toBeVisible();
  return { path, name: file.suggestedFilename() };
}

/** Chooses a format from the board's Export menu and returns the downloaded file's path and name. */
export async function exportAs(page: Page, item: string): Promise<{ path: string; name: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return downloadFrom(page, () => page.getByRole('menuitem', { name: item, exact: true }).click());
}
