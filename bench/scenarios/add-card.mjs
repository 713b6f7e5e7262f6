// Add a card at 0, 2,000 and 10,000 cards: Enter pressed (the event's own timestamp) → the new
// card is in the DOM and a frame has been produced. Read against a bare page in the same run that
// does the least an app showing only saved cards can: an IndexedDB put into as many rows, then an
// append, detected the same way (bench/floors.mjs, bareCommitToPaint).
import { loadavg } from 'node:os';

import { enterToPainted, percentile, round, seededBoard } from '../boardSupport.mjs';
import { bareCommitToPaint } from '../floors.mjs';

/**
 * Of 40, the p95 was the second slowest add, and one slow IndexedDB commit moved it by 5 ms or more
 * from run to run; of 100 it is the fifth. Parley and its floor take as many.
 */
const RUNS = 100;
/** First adds warm the JIT and caches; they are not counted (the floor gets the same). */
const WARM_UP = 5;
/** The goal (docs/architecture.md, "Performance budgets"): p95 within 1.25 × the floor's p95. */
const RATIO_GOAL = 1.25;

async function addSamples(page) {
  const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
  const samples = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const ms = await enterToPainted(
      page,
      box,
      {
        containerSelector: 'section[data-lane="legitimacy"]',
        itemSelector: 'li[data-card-id] .card-text',
      },
      `bench card ${i} ${Date.now()}`,
    );
    if (i >= WARM_UP) samples.push(ms);
  }
  return samples;
}

const load = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} at the end`;

export default async function addCard({ browser, baseUrl }) {
  const figures = [];
  for (const cards of [0, 2000, 10000]) {
    const { context, page } = await seededBoard(browser, baseUrl, cards);
    const samples = await addSamples(page);
    const floor = await bareCommitToPaint(context, baseUrl, cards, WARM_UP + RUNS);
    await context.close();
    const label = cards.toLocaleString('en-GB');
    const median = round(percentile(samples, 50));
    const p95 = round(percentile(samples, 95));
    const withinRatio = (value, floorValue) => value <= RATIO_GOAL * floorValue;
    figures.push(
      {
        figure: `add a card: keypress → painted, ${label} cards, median`,
        value: median,
        unit: `ms of ${samples.length}`,
        budget: `≤ ${RATIO_GOAL} × floor`,
        pass: withinRatio(median, floor.median.value),
        floor: floor.median,
        note: load(),
      },
      {
        figure: `add a card: keypress → painted, ${label} cards, p95`,
        value: p95,
        unit: `ms of ${samples.length}`,
        budget:
          cards === 2000 ? `p95 ≤ 50 ms and ≤ ${RATIO_GOAL} × floor` : `≤ ${RATIO_GOAL} × floor`,
        pass: withinRatio(p95, floor.p95.value) && (cards !== 2000 || p95 <= 50),
        floor: floor.p95,
        note: load(),
      },
    );
  }
  return figures;
}
