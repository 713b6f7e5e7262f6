// Board at 2,000 cards: renderer start to an interactive board (adding a card: add-card.mjs).
import { boardReady, percentile, round, seededBoard } from '../boardSupport.mjs';
import { emptyPageFirstFrame } from '../floors.mjs';

export default async function boardStart({ browser, baseUrl }) {
  const { context, url } = await seededBoard(browser, baseUrl, 2000);

  // Start: a fresh page load of the board route; performance.now() counts from navigation start.
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const fresh = await context.newPage();
    await fresh.goto(url);
    starts.push(await boardReady(fresh));
    await fresh.close();
  }
  const start = percentile(starts, 50);

  const startFloor = await emptyPageFirstFrame(context, baseUrl);
  await context.close();
  return [
    {
      figure: 'board start to interactive, 2,000 cards',
      value: round(start, 0),
      unit: 'ms (median of 5)',
      budget: '≤ 600 ms',
      pass: start <= 600,
      floor: startFloor,
    },
  ];
}
