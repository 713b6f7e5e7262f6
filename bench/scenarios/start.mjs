// Renderer start to an interactive home screen, empty database: the floor every other start
// figure stands on. (Board-scale start figures live in the board scenarios.)
import { emptyPageStart } from '../floors.mjs';

export default async function startScenario({ browser, baseUrl }) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'New session' }).waitFor();
    samples.push(Date.now() - t0);
    await context.close();
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const floor = await emptyPageStart(browser, baseUrl);
  return [
    {
      figure: 'start to interactive home (empty)',
      value: median,
      unit: 'ms (median of 5)',
      budget: '≤ 600 ms',
      pass: median <= 600,
      floor,
    },
  ];
}
