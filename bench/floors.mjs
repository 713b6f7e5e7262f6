// Floors: the least this machine and browser can do for the same kind of work as a figure, measured
// in the same run with the same method, so that every timing is also read as a ratio (figure ÷
// floor) that means the same on a quiet or a busy machine (docs/architecture.md, "Performance
// budgets"). A floor page is a tiny page served on the app's own origin: no React, no Dexie.
import {
  enterToPainted,
  mainThreadSeconds,
  percentile,
  round,
  watchFramesAndLongTasks,
} from './boardSupport.mjs';

const FLOOR_PATH = '/__bench-floor.html';

const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title>
<style>#mover{position:absolute;left:0;top:0;width:160px;height:40px;background:#ccc}</style>
<p id="ready">ready</p><textarea aria-label="floor box"></textarea><ul id="list"></ul>
<div id="mover"></div>
<script>
requestAnimationFrame(() => setTimeout(() => (window.__firstFrame = performance.now()), 0));
const box = document.querySelector('textarea');
box.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const li = document.createElement('li');
  li.textContent = box.value;
  document.getElementById('list').append(li);
  box.value = '';
});
const mover = document.getElementById('mover');
addEventListener('pointermove', (e) => {
  if (e.buttons) mover.style.transform = 'translate(' + e.clientX + 'px,' + e.clientY + 'px)';
});
const channel = new BroadcastChannel('bench-floor');
channel.onmessage = (e) => {
  const p = document.createElement('p');
  p.textContent = e.data;
  document.body.append(p);
};
window.__broadcast = (text) => channel.postMessage(text);
</script>`;

/** Opens the floor page in a context (served on the app's origin, so storage and channels match). */
export async function floorPage(context, baseUrl) {
  await context.route(`${baseUrl}${FLOOR_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: FLOOR_PAGE }),
  );
  const page = await context.newPage();
  await page.goto(`${baseUrl}${FLOOR_PATH}`);
  return page;
}

/** Wall clock from goto to a visible element on the floor page, fresh context each time (as start.mjs). */
export async function emptyPageStart(browser, baseUrl, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.route(`${baseUrl}${FLOOR_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: FLOOR_PAGE }),
    );
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${baseUrl}${FLOOR_PATH}`);
    await page.locator('#ready').waitFor();
    samples.push(Date.now() - t0);
    await context.close();
  }
  return { value: percentile(samples, 50), label: 'an empty page: load to visible, median' };
}

/** Navigation start → first frame of the floor page (performance.now(), as boardReady reads it). */
export async function emptyPageFirstFrame(context, baseUrl, runs = 5) {
  const page = await floorPage(context, baseUrl);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const at = await page.waitForFunction(() => window.__firstFrame, undefined, { polling: 'raf' });
    samples.push(await at.jsonValue());
  }
  await page.close();
  return { value: round(percentile(samples, 50)), label: 'an empty page: first frame, median' };
}

/**
 * Enter pressed → the line is put in IndexedDB (one read-write transaction, in a store holding
 * `seeded` rows with the app's lane index) and, once committed, appended to a list and a frame
 * produced: the least any app that shows only saved cards can do. Returns `add(i)`, which adds one
 * line and resolves with its time, so a scenario can take the floor's samples between its own.
 * The box is emptied with the append, as Parley's capture box is: emptied at once, it costs a
 * frame while the line saves, and the line then waits for the next frame (up to 16 ms more).
 */
export async function bareCommitFloor(context, baseUrl, seeded) {
  const page = await floorPage(context, baseUrl);
  await page.evaluate(
    async (rows) => {
      const db = await new Promise((resolve) => {
        const open = indexedDB.open(`bench-floor-commit-${rows.length}-${Math.random()}`, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('cards', { keyPath: 'id' });
          store.createIndex('lane', ['propositionId', 'lane', 'order']);
        };
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('cards', 'readwrite');
        for (const row of rows) tx.objectStore('cards').put(row);
        tx.oncomplete = resolve;
      });
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'floor commit box');
      const list = document.createElement('ul');
      list.id = 'committed';
      document.body.append(box, list);
      let order = rows.length;
      box.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        const text = box.value;
        order++;
        const tx = db.transaction('cards', 'readwrite');
        tx.objectStore('cards').put({ ...rows[0], id: `typed-${order}`, order, text });
        tx.oncomplete = () => {
          const li = document.createElement('li');
          li.textContent = text;
          list.append(li);
          if (box.value === text) box.value = '';
        };
      });
    },
    floorRows(Math.max(seeded, 1)),
  );
  // By CSS, as add-card finds Parley's box (not by role, which costs the page a walk of its roles).
  const box = page.locator('textarea[aria-label="floor commit box"]');
  return {
    label: `bare page: Enter → IndexedDB put → append, box emptied → painted, ${seeded.toLocaleString('en-GB')} rows`,
    add: (i) =>
      enterToPainted(
        page,
        box,
        { containerSelector: '#committed', itemSelector: 'li' },
        `floor line ${i}`,
      ),
    page,
  };
}

/** Script + style + layout per frame while a box follows the pointer, and the longest task. */
export async function bareDragPerFrame(context, baseUrl, steps = 60) {
  const page = await floorPage(context, baseUrl);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await watchFramesAndLongTasks(page);
  await page.mouse.move(20, 20);
  await page.mouse.down();
  const before = await mainThreadSeconds(cdp);
  const framesBefore = await page.evaluate(() => window.__frames);
  for (let i = 1; i <= steps; i++) await page.mouse.move(20 + i * 8, 20 + i * 5);
  const after = await mainThreadSeconds(cdp);
  const frames = (await page.evaluate(() => window.__frames)) - framesBefore;
  await page.mouse.up();
  const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
  const busy = after - before;
  await page.close();
  return {
    perFrame: {
      value: round((1000 * busy) / Math.max(frames, steps), 2),
      label: 'a box following the pointer on an empty page',
    },
    longestTask: {
      value: round(longest, 0),
      label: 'longest task, the same drag on an empty page',
    },
  };
}

/**
 * One page posts a BroadcastChannel message to a second page of the same origin, which puts its
 * text in the DOM: from posting to the frame after the text appears (the same paint detection as
 * the mirror).
 */
export async function bareBroadcast(context, baseUrl, runs = 30) {
  const sender = await floorPage(context, baseUrl);
  const receiver = await floorPage(context, baseUrl);
  await receiver.evaluate(() => {
    window.__painted = {};
    const now = () => performance.timeOrigin + performance.now();
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (window.__painted[node.textContent] = now());
            channel.port2.postMessage(null);
          });
    }).observe(document.body, { childList: true });
  });
  const samples = [];
  for (let i = 0; i < runs + 3; i++) {
    const text = `floor message ${i}`;
    const sent = await sender.evaluate((t) => {
      const at = performance.timeOrigin + performance.now();
      window.__broadcast(t);
      return at;
    }, text);
    await receiver.waitForFunction((t) => window.__painted[t] !== undefined, text);
    const painted = await receiver.evaluate((t) => window.__painted[t], text);
    if (i >= 3) samples.push(painted - sent);
  }
  await sender.close();
  await receiver.close();
  return {
    value: round(percentile(samples, 95)),
    label: 'bare BroadcastChannel message between two pages → painted, p95',
  };
}

function floorRows(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `floor-${i}`,
    sessionId: 's',
    propositionId: 'p',
    lane: 'legitimacy',
    order: i,
    text: `Card ${i} of a typical sticky-note length, nothing more`,
    kind: 'point',
    createdAt: i,
    updatedAt: i,
  }));
}

/**
 * Raw IndexedDB: card rows added in one transaction (ms) — `rows` itself, or as many synthetic
 * rows when given a count. The import's floor writes the backup's own rows: keys, sizes and lanes
 * like the import's own, since IndexedDB's time per row depends on them (its random ids took
 * several times as long as sequential synthetic ones on a 2-core machine).
 */
export async function rawIndexedDbAdds(page, rowsOrCount) {
  const given = Array.isArray(rowsOrCount) ? rowsOrCount : floorRows(rowsOrCount);
  const value = await page.evaluate(async (rows) => {
    const db = await new Promise((resolve) => {
      const open = indexedDB.open(`bench-floor-adds-${rows.length}-${Math.random()}`, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('cards', { keyPath: 'id' });
        store.createIndex('sessionId', 'sessionId');
        store.createIndex('lane', ['propositionId', 'lane', 'order']);
      };
      open.onsuccess = () => resolve(open.result);
    });
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('cards', 'readwrite');
      for (const row of rows) tx.objectStore('cards').add(row);
      tx.oncomplete = resolve;
      tx.onerror = reject;
    });
    db.close();
    return Math.round(performance.now() - t0);
  }, given);
  const rows = `${given.length.toLocaleString('en-GB')} ${Array.isArray(rowsOrCount) ? "of the backup's card rows" : 'card rows'}`;
  return { value, label: `raw IndexedDB: ${rows} added, one transaction` };
}

/** Raw IndexedDB: `count` card rows read in one transaction and serialised to a Blob (ms). */
export async function rawIndexedDbRead(page, count) {
  const value = await page.evaluate(async (rows) => {
    const db = await new Promise((resolve) => {
      const open = indexedDB.open(`bench-floor-read-${rows.length}-${Math.random()}`, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('cards', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('cards', 'readwrite');
      for (const row of rows) tx.objectStore('cards').add(row);
      tx.oncomplete = resolve;
    });
    const t0 = performance.now();
    const read = await new Promise((resolve) => {
      const req = db.transaction('cards').objectStore('cards').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    const blob = new Blob([JSON.stringify(read)]);
    const ms = performance.now() - t0;
    db.close();
    return blob.size > 0 ? Math.round(ms * 10) / 10 : -1;
  }, floorRows(count));
  return {
    value,
    label: `raw IndexedDB: read ${count.toLocaleString('en-GB')} rows + serialise`,
  };
}
