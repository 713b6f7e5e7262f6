import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page } from '@playwright/test';

import { exportAs } from './exportFiles';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a backup edited by hand is any JSON
export type BackupJson = any;

/** The board's Export → Backup (JSON), read back as the organiser's file. */
export async function exportBackup(page: Page): Promise<BackupJson> {
  return JSON.parse(readFileSync((await exportAs(page, 'Backup (JSON)')).path, 'utf8'));
}

/** Writes a (changed) backup to a file of its own, as it would arrive by USB stick or e-mail. */
export function writeBackupFile(name: string, backup: BackupJson): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parley-hostile-')), name);
  writeFileSync(path, typeof backup === 'string' ? backup : JSON.stringify(backup));
  return path;
}

/** Home → Import → choose the file, as an organiser would (a fresh load of the home screen). */
export async function importFromHome(page: Page, path: string): Promise<void> {
  await page.goto('/');
  await chooseImport(page, path);
}

/**
 * Import → choose the file, on the home screen already shown. Reached through the app (not a
 * page load) when what the window holds in memory, such as its undo history, matters.
 */
export async function chooseImport(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
}

/**
 * Imports a backup over “Group B”, already here, choosing Replace. Home is reached from the
 * board through the app, so the window keeps what it holds in memory (its undo history).
 */
export async function importReplacing(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: '← All sessions' }).click();
  await chooseImport(page, path);
  await page
    .getByRole('dialog', { name: 'Import “Group B”' })
    .getByRole('button', { name: 'Replace' })
    .click();
}

/** The refusal notice: it says why, and that nothing was changed; then it is dismissed. */
export async function expectRefused(page: Page, why: string | RegExp): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: 'Not imported' });
  await expect(alert).toContainText(why);
  await expect(alert).toContainText('Nothing was changed.');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
}

/** The sessions listed on the home screen. */
export function homeSessions(page: Page) {
  return page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
}

/** Loads the home screen afresh (what is stored, not what a screen shows) and counts sessions. */
export async function expectSessionsHere(page: Page, count: number): Promise<void> {
  await page.goto('/');
  await expect(homeSessions(page)).toHaveCount(count);
}

/** Opens every session listed on home, one by one: its board appears, and passes `check`. */
export async function expectEverySessionOpens(
  page: Page,
  check: () => Promise<void> = async () => undefined,
): Promise<void> {
  await page.goto('/');
  const count = await homeSessions(page).count();
  for (let i = 0; i < count; i++) {
    await page.goto('/');
    await homeSessions(page).nth(i).getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Legitimacy' })).toBeVisible();
    await check();
  }
}
