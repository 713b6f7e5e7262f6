// Import of a 10,000-card backup through Import on the home screen of a fresh profile: time from
// choosing the file to the import's transaction committing (`parley:import`), and the number of
// read-write IndexedDB transactions it took.
import { rawIndexedDbAdds } from '../floors.mjs';
import { backupWithCards, importThroughUi, measureOf } from '../support/backupFixture.mjs';

export default async function exportImportScenario({ browser, baseUrl }) {
  const buffer = backupWithCards(10_000, 'Bench 10,000');
  const samples = [];
  let transactions = 0;
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = IDBDatabase.prototype.transaction;
      window.__rwTransactions = 0;
      IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
        if (mode === 'readwrite' && window.__counting) window.__rwTransactions++;
        return original.call(this, stores, mode, ...rest);
      };
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Import' }).waitFor();
    await page.evaluate(() => (window.__counting = true));
    await importThroughUi(page, buffer, 'bench-10000.parley.json');
    samples.push(await measureOf(page, 'parley:import'));
    transactions = Math.max(transactions, await page.evaluate(() => window.__rwTransactions));
    await context.close();
  }
  samples.sort((a, b) => a - b);
  const median = samples[1];
  // The machine's floor: the same 10,000 rows added with the raw IndexedDB API in one transaction.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const floor = await rawIndexedDbAdds(page, JSON.parse(buffer.toString()).tables.cards);
  await context.close();
  return [
    {
      figure: 'import a 10,000-card backup',
      value: median,
      unit: 'ms (median of 3)',
      budget: '≤ 1500 ms',
      pass: median <= 1500,
      floor,
    },
    {
      figure: 'import a 10,000-card backup: read-write transactions',
      value: transactions,
      unit: '',
      budget: '≤ 10',
      pass: transactions <= 10,
    },
  ];
}
