import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { BASE_URL } from './support/chromium';
import { launchKillable } from './support/killableChromium';

// `npm test` runs 5 cycles; `npm run soak` runs 100 (PARLEY_KILL_CYCLES).
const CYCLES = Number(process.env.PARLEY_KILL_CYCLES ?? 5);

// The promise of docs/architecture.md, "Security and reliability": a card shown on the board is
// saved. Each cycle starts Chromium on the same profile, checks every card shown so far, adds one,
// and kills the browser the moment the card appears — no close, no unload, no flush.
/** The texts of a lane's cards as IndexedDB holds them, in board order. */
function savedLaneTexts(page: Page, lane: string): Promise<string[]> {
  return page.evaluate(async (lane) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parley');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const cards = await new Promise<{ lane: string; order: number; text: string }[]>(
      (resolve, reject) => {
        const request = db.transaction('cards').objectStore('cards').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return cards
      .filter((c) => c.lane === lane)
      .sort((a, b) => a.order - b.order)
      .map((c) => c.text);
  }, lane);
}

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
        // The lane draws only the cards in view (a long lane is virtualised), so the check is its
        // count, the newest card scrolled into view, and every card's text as saved, in order.
        await expect(lane.locator('.lane-count'), `after kill ${cycle - 1}`).toHaveAttribute(
          'aria-label',
          `${shown.length} cards`,
        );
        expect(await savedLaneTexts(page, 'legitimacy'), `after kill ${cycle - 1}`).toEqual(shown);
        if (shown.length > 0) {
          const newest = lane.getByRole('listitem').filter({ hasText: shown.at(-1)! });
          await lane.locator('.card-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
          await expect(newest).toBeVisible();
        }
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
