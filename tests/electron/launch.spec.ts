import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

// Only run through tests/electron/run.mjs, which sets PARLEY_ELECTRON_PATH when a binary exists.
const executablePath = process.env.PARLEY_ELECTRON_PATH;

test('the desktop app keeps a card across a restart', async () => {
  test.skip(!executablePath, 'no Electron binary');
  const userData = await mkdtemp(join(tmpdir(), 'parley-electron-'));
  const launch = () =>
    electron.launch({
      executablePath,
      args: ['.'],
      env: { ...process.env, PARLEY_USER_DATA: userData },
    });
  try {
    let app = await launch();
    let page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/parley\//);
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    await page.getByRole('button', { name: 'New session' }).click();
    await page.getByRole('textbox', { name: 'Session title' }).fill('Desktop');
    await page.getByRole('textbox', { name: 'Proposition' }).fill('P');
    await page.getByRole('button', { name: 'Create session' }).click();
    const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
    await box.fill('kept by the desktop app');
    await box.press('Enter');
    await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['kept by the desktop app'],
    );
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.getByRole('link', { name: /Desktop/ }).click();
    await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['kept by the desktop app'],
    );
    await app.close();
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
});
