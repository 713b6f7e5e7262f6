// Builds a version-1 Parley backup with `cards` cards in memory, for the export/import benches.
import { randomUUID } from 'node:crypto';

const LANES = ['legitimacy', 'practicability', 'accountability', 'conclusions', 'questions'];
const KINDS = ['point', 'evidence', 'concern', 'idea', 'question'];

export function backupWithCards(cards, title = `Bench ${cards}`) {
  const at = Date.UTC(2026, 10, 28, 9);
  const sessionId = randomUUID();
  const propositionId = randomUUID();
  const rows = [];
  for (let i = 0; i < cards; i++) {
    rows.push({
      id: randomUUID(),
      sessionId,
      propositionId,
      lane: LANES[i % LANES.length],
      text: `Card ${i + 1}: a point of about the length people write on a sticky note, with <markup> & *specials*.`,
      kind: KINDS[i % KINDS.length],
      order: i,
      createdAt: at + i,
      updatedAt: at + i,
    });
  }
  const backup = {
    format: 'parley-backup',
    version: 1,
    exportedAt: at,
    app: { name: 'Parley', version: 'bench' },
    scope: { kind: 'session', title, sessionIds: [sessionId] },
    tables: {
      workshops: [],
      sessions: [
        {
          id: sessionId,
          workshopId: null,
          title,
          activePropositionId: propositionId,
          createdAt: at,
          updatedAt: at,
        },
      ],
      propositions: [
        {
          id: propositionId,
          sessionId,
          text: 'The state should move from social security to social productivity.',
          order: 0,
          createdAt: at,
        },
      ],
      cards: rows,
      settings: [],
      // The format lists every table, empty or not (shared/export/backup/schema.ts).
      stagePlans: [],
      stageTimers: [],
      stageNotes: [],
      planTemplates: [],
      groups: [],
      participants: [],
      dots: [],
      presenterState: [],
      agreements: [],
      agreementVersions: [],
    },
  };
  return Buffer.from(JSON.stringify(backup));
}

/** Imports a backup through the home screen's Import button, as an organiser would. */
export async function importThroughUi(page, buffer, name = 'bench.parley.json') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

/** Collects long tasks (> 50 ms) from now on, in the page. */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask' });
  });
}

export async function measureOf(page, name) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
    timeout: 120_000,
  });
  return page.evaluate((n) => Math.round(performance.getEntriesByName(n).at(-1).duration), name);
}
