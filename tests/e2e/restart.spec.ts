import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, expect, test } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

// A reload keeps the page's process; a restart does not. Close the whole browser and start it
// again on the same profile, as a facilitator closing the laptop lid and reopening Parley would.
test('cards survive closing and restarting the browser', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'parley-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      baseURL: baseURL!,
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await createSessionViaUi(page, 'Restart test', 'P');
    await addCardViaUi(page, 'Legitimacy', 'still here after a restart');
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.getByRole('link', { name: /Restart test/ }).click();
    await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['still here after a restart'],
    );
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
