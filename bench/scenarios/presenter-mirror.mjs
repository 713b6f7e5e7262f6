// Presenter mirror (docs/architecture.md, "Performance budgets"): from a change committed in the
// facilitator's page to that change painted in the room view, a second page of the same origin that
// learns of it only through Dexie's cross-window broadcast. Budget: p95 ≤ 50 ms, at 100 and 2,000
// cards.
//
// How it is timed: an init script notes the wall-clock time (performance.timeOrigin + now(), which
// both pages share) at which each read-write IndexedDB transaction completes in the facilitator
// page — the commit. In the room view a MutationObserver waits for the new card's text, then the
// next animation frame plus a task (the frame has been produced): the paint.
import { cpus, loadavg } from 'node:os';

import { bareBroadcast } from '../floors.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARM_UP = 3;

function instrument() {
  const now = () => performance.timeOrigin + performance.now();
  window.__commits = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = original.apply(this, args);
    if (tx.mode === 'readwrite')
      tx.addEventListener('complete', () => window.__commits.push(now()));
    return tx;
  };
}

async function seed(page, cardCount) {
  return page.evaluate(async (count) => {
    const lanes = ['legitimacy', 'practicability', 'accountability', 'conclusions', 'questions'];
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('parley');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const sessionId = crypto.randomUUID();
    const propositionId = crypto.randomUUID();
    const at = Date.now();
    const tx = db.transaction(['sessions', 'propositions', 'cards', 'presenterState'], 'readwrite');
    tx.objectStore('sessions').put({
      id: sessionId,
      workshopId: null,
      title: `Bench ${count}`,
      activePropositionId: propositionId,
      createdAt: at,
      updatedAt: at,
    });
    tx.objectStore('propositions').put({
      id: propositionId,
      sessionId,
      text: 'The state should move from social security to social productivity.',
      order: 0,
      createdAt: at,
    });
    for (let i = 0; i < count; i++) {
      const lane = lanes[i % lanes.length];
      tx.objectStore('cards').put({
        id: crypto.randomUUID(),
        sessionId,
        propositionId,
        lane,
        text: `Seeded point ${i + 1} about ${lane}, of a realistic length for a card`,
        kind: 'point',
        order: i + 1,
        createdAt: at,
        updatedAt: at,
      });
    }
    // The facilitator presents with the live preview open, as they would in the room.
    tx.objectStore('presenterState').put({
      sessionId,
      mode: 'board',
      blank: false,
      spotlightCardId: null,
      hiddenLanes: [],
      textScale: 1,
      theme: 'dark',
      panelOpen: true,
      updatedAt: at,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return sessionId;
  }, cardCount);
}

function watchForText() {
  window.__painted = {};
  const now = () => performance.timeOrigin + performance.now();
  const pending = new Set();
  window.__expect = (text) => pending.add(text);
  new MutationObserver(() => {
    for (const text of pending) {
      if (!document.body.textContent.includes(text)) continue;
      pending.delete(text);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.__painted[text] = now());
        channel.port2.postMessage(null);
      });
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function measure(browser, baseUrl, cardCount) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  await context.addInitScript(instrument);
  try {
    const facilitator = await context.newPage();
    await facilitator.goto(`${baseUrl}/`);
    await facilitator.getByRole('button', { name: 'New session' }).waitFor();
    const sessionId = await seed(facilitator, cardCount);
    await facilitator.goto(`${baseUrl}/#/session/${sessionId}`);
    await facilitator.reload();
    const box = facilitator.getByRole('textbox', { name: 'Add to Legitimacy' });
    await box.waitFor();

    const room = await context.newPage();
    await room.setViewportSize({ width: 1920, height: 1080 });
    await room.goto(`${baseUrl}/#/present/${sessionId}`);
    await room.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem').first().waitFor();
    await room.evaluate(watchForText);

    const samples = [];
    for (let i = 0; i < SAMPLES + WARM_UP; i++) {
      const text = `Mirror ${cardCount}-${i} ${Math.random().toString(36).slice(2, 8)}`;
      await room.evaluate((t) => window.__expect(t), text);
      const before = await facilitator.evaluate(() => window.__commits.length);
      await box.fill(text);
      await box.press('Enter');
      await room.waitForFunction((t) => window.__painted[t] !== undefined, text, {
        timeout: 10_000,
      });
      const painted = await room.evaluate((t) => window.__painted[t], text);
      const committed = await facilitator.evaluate((n) => window.__commits[n], before);
      if (i >= WARM_UP) samples.push(painted - committed);
      await facilitator.waitForTimeout(50);
    }
    const floor = await bareBroadcast(context, baseUrl);
    samples.sort((a, b) => a - b);
    const p95 = samples[Math.ceil(samples.length * 0.95) - 1];
    const median = samples[Math.floor(samples.length / 2)];
    return {
      figure: `presenter mirror: commit in facilitator → painted in presenter, ${cardCount.toLocaleString('en-GB')} cards`,
      value: Math.round(p95 * 10) / 10,
      unit: `ms p95 of ${samples.length} (median ${Math.round(median * 10) / 10} ms)`,
      budget: 'p95 ≤ 50 ms',
      pass: p95 <= 50,
      floor,
      // The machine is shared; the figure means little without knowing how busy it was.
      note: `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${cpus().length} cores`,
    };
  } finally {
    await context.close();
  }
}

export default async function presenterMirrorScenario({ browser, baseUrl }) {
  return [await measure(browser, baseUrl, 100), await measure(browser, baseUrl, 2000)];
}
