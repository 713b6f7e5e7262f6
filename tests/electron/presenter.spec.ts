import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

// Only run through tests/electron/run.mjs, which sets PARLEY_ELECTRON_PATH when a binary exists.
const executablePath = process.env.PARLEY_ELECTRON_PATH;

test('Present opens the room view as a second window on the same data; Esc and the facilitator close it', async () => {
  test.skip(!executablePath, 'no Electron binary');
  const userData = await mkdtemp(join(tmpdir(), 'parley-electron-'));
  const app = await electron.launch({
    executablePath,
    args: ['.'],
    env: { ...process.env, PARLEY_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New session' }).click();
    await page.getByRole('textbox', { name: 'Session title' }).fill('Projected');
    await page.getByRole('textbox', { name: 'Proposition' }).fill('P');
    await page.getByRole('button', { name: 'Create session' }).click();
    const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
    await box.fill('seen on the wall');
    await box.press('Enter');

    const opened = app.waitForEvent('window');
    await page.getByRole('button', { name: 'Present' }).click();
    const room = await opened;
    await expect(room).toHaveURL(/^app:\/\/parley\/index\.html#\/present\//);
    await expect(room.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['seen on the wall'],
    );
    // Hardened like every window, and live: an edit in the facilitator window appears at once.
    expect(
      await room.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    await box.fill('and this one');
    await box.press('Enter');
    await expect(room.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['seen on the wall', 'and this one'],
    );

    // Esc in the room view closes it, and the display it was on is remembered.
    const closed = room.waitForEvent('close');
    await room.keyboard.press('Escape');
    await closed;
    expect(app.windows()).toHaveLength(1);
    expect(
      JSON.parse(await readFile(join(userData, 'presenter-display.json'), 'utf8')),
    ).toHaveProperty('id');

    // Reopened, it is closed from the facilitator's controls.
    const again = app.waitForEvent('window');
    await page.getByRole('button', { name: 'Present' }).click();
    const room2 = await again;
    const closed2 = room2.waitForEvent('close');
    await page.getByRole('button', { name: 'Close the room window' }).click();
    await closed2;
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
