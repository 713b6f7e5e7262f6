// Shared by the board-* scenarios: builds a session through the UI, then seeds it with generated
// cards by writing straight into the app's own IndexedDB from the page (after the app has opened
// it — no bench-only code ships in the build), and reloads so the app reads them as a user would.

const WORDS =
  'consent mandate residents council evidence budget capacity outcomes negotiated review measure partner service commitment levels functioning volunteers accountable contingent shared risk trust people'.split(
    ' ',
  );
export const LANE_IDS = [
  'legitimacy',
  'practicability',
  'accountability',
  'conclusions',
  'questions',
];

export async function seededBoard(browser, baseUrl, cards) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Session title' }).fill(`Bench ${cards}`);
  await page
    .getByRole('textbox', { name: 'Proposition' })
    .fill('The state should move from social security to social productivity.');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('region', { name: 'Legitimacy' }).waitFor();
  const url = page.url();
  if (cards === 0) {
    await page.getByRole('textbox', { name: 'Add to Open questions' }).waitFor();
    return { context, page, url };
  }
  const sessionId = decodeURIComponent(url.split('#/session/')[1]);
  await page.evaluate(
    async ({ sessionId, cards, lanes, words }) => {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open('parley');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const session = await new Promise((ok) => {
        const req = db.transaction('sessions').objectStore('sessions').get(sessionId);
        req.onsuccess = () => ok(req.result);
      });
      const tx = db.transaction('cards', 'readwrite');
      const store = tx.objectStore('cards');
      const kinds = ['point', 'evidence', 'concern', 'idea', 'question'];
      let seed = 7;
      const rand = (n) => ((seed = (seed * 16807) % 2147483647), seed % n);
      for (let i = 0; i < cards; i++) {
        const length = 6 + rand(22);
        const text = Array.from({ length }, () => words[rand(words.length)]).join(' ');
        const at = Date.now();
        store.put({
          id: `seed-${i}`,
          sessionId,
          propositionId: session.activePropositionId,
          lane: lanes[i % lanes.length],
          text: `${i + 1}. ${text}`,
          kind: kinds[rand(5)],
          order: Math.floor(i / lanes.length) + 1,
          votes: rand(4),
          createdAt: at,
          updatedAt: at,
        });
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { sessionId, cards, lanes: LANE_IDS, words: WORDS },
  );
  await page.reload();
  await boardReady(page);
  return { context, page, url };
}

/** Resolves once every lane shows cards and the capture boxes exist: the board is usable. */
export async function boardReady(page) {
  const handle = await page.waitForFunction(
    () => {
      const lanes = document.querySelectorAll('section[data-lane]');
      if (lanes.length !== 5) return false;
      for (const lane of lanes)
        if (!lane.querySelector('li[data-card-id]') || !lane.querySelector('textarea'))
          return false;
      return performance.now();
    },
    undefined,
    { polling: 'raf' },
  );
  return handle.jsonValue();
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One frame at 60 Hz, the rate headless Chromium draws at. */
const FRAME_MS = 1000 / 60;
let presses = 0;

/**
 * How long to wait before the next Enter, beyond a settled 30 ms: a different point of the frame
 * each time, spread evenly (the golden-ratio sequence). Each add ends on a frame (the paint it
 * waits for), so a fixed wait pressed every Enter at about the same point of the frame, and which
 * frame a card made depended on that point more than on the work: the bare page read 5.6 ms median
 * in one run and 15.9 ms in the next, with nothing else changed. Both sides take the same spread.
 */
function pressOffsetMs() {
  presses++;
  return 30 + ((presses * 0.6180339887) % 1) * FRAME_MS;
}

/**
 * Types `text` into `box` and presses Enter; resolves with the time from the keydown (its own
 * timestamp) until an element matching `itemSelector` inside `containerSelector` holds the text
 * and a frame has been produced. Used for the board and for its floor alike.
 */
export async function enterToPainted(page, box, { containerSelector, itemSelector }, text) {
  await box.fill(text);
  const measured = page.evaluate(
    ({ text, containerSelector, itemSelector }) =>
      new Promise((resolve) => {
        let pressedAt = 0;
        const container = document.querySelector(containerSelector);
        window.addEventListener('keydown', (e) => (pressedAt = e.timeStamp), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          const found = [...container.querySelectorAll(itemSelector)].some(
            (p) => p.textContent === text,
          );
          if (!found) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt), 0));
        });
        observer.observe(container, { childList: true, subtree: true });
      }),
    { text, containerSelector, itemSelector },
  );
  await page.waitForTimeout(pressOffsetMs());
  await box.press('Enter');
  return measured;
}

/** Counts frames and collects long tasks in the page, for per-frame and longest-task figures. */
export function watchFramesAndLongTasks(page) {
  return page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask' });
    window.__frames = 0;
    const count = () => {
      window.__frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
}

/** Script + layout + style recalculation so far on the page's main thread, in seconds (CDP). */
export async function mainThreadSeconds(cdp) {
  const m = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
  );
  return m.ScriptDuration + m.LayoutDuration + m.RecalcStyleDuration;
}
