import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { BASE_URL } from './support/chromium';
import { launchKillable } from './support/killableChromium';

// `npm test` runs 5 cycles; `npm run soak` runs 100 (PARLEY_KILL_CYCLES).
const CYCLES = Number(process.env.PARLEY_KILL_CYCLES ?? 5);

// The promise of docs/architecture.md, "Security and reliability": a card shown on the board is
// saved. Each cycle starts Chromium on the same profile, checks every card shown so far, adds one,
// and kills the browser the moment the card appears — no close, no unload, no flush.
test(`every card shown survives the browser being killed, ${CYCLES} times over`, async () => {
  test.setTimeout(60_000 + CYCLES * 15_000);
  const profile = await mkdtemp(join(tmpdir(), 'parley-kill-'));
  const shown: string[] = [];
  let boardUrl = '';
  try {
    for (let cycle = 1; cycle <= CYCLES + 1; cycle++) {
      const { browser, kill } = await launchKillable(profile);
      try {
        const context = browser.contexts()[0]!;
        const page = context.pages()[0] ?? (await context.newPage());
        if (!boardUrl) {
          await page.goto(`${BASE_URL}/`);
          await page.getByRole('button', { name: 'New session' }).click();
          await page.getByRole('textbox', { name: 'Session title' }).fill('Kill test');
          await page
            .getByRole('textbox', { name: 'Proposition' })
            .fill('Nothing shown is ever lost');
          await page.getByRole('button', { name: 'Create session' }).click();
          await expect(page.getByRole('region', { name: 'Legitimacy' })).toBeVisible();
          boardUrl = page.url();
        } else {
          await page.goto(boardUrl);
        }
        const lane = page.getByRole('region', { name: 'Legitimacy' });
        await expect(lane.getByRole('listitem'), `after kill ${cycle - 1}`).toHaveText(shown);
        if (cycle > CYCLES) break;
        const text = `Shown before kill ${cycle}`;
        const box = lane.getByRole('textbox', { name: 'Add to Legitimacy' });
        await box.fill(text);
        await box.press('Enter');
        await expect(lane.getByRole('listitem').filter({ hasText: text })).toBeVisible();
        shown.push(text);
      } finally {
        await kill();
      }
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
