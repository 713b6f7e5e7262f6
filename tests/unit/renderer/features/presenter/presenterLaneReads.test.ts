import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import type { ParleyDb } from '#renderer/db/database';
import { laneCardsQuery } from '#renderer/db/queries';
import {
  laneTotal,
  MAX_CARDS_ON_SCREEN,
  readLaneTotal,
  readNewestInLane,
} from '#renderer/features/presenter/usePresenterLane';
import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

/**
 * Watches a live query and counts how often Dexie runs it. Dexie runs every affected query in the
 * same pass after a commit, so once `waitForRun` sees one query re-run, any other query the write
 * affected has been started too.
 */
function watch<T>(query: () => Promise<T>) {
  let runs = 0;
  const waiters: (() => void)[] = [];
  const subscription = liveQuery(() => {
    runs++;
    return query();
  }).subscribe({ next: () => waiters.splice(0).forEach((w) => w()) });
  return {
    get runs() {
      return runs;
    },
    nextResult: () => new Promise<void>((resolve) => waiters.push(resolve)),
    stop: () => subscription.unsubscribe(),
  };
}

async function firstResults(...watchers: ReturnType<typeof watch>[]) {
  await Promise.all(watchers.map((w) => w.nextResult()));
}

describe('the room screen reads a lane cheaply', () => {
  it('reads the newest cards of a lane in board order, and counts all of them', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { cards: MAX_CARDS_ON_SCREEN + 6 });
    const propositionId = session.activePropositionId as PropositionId;
    const newest = await readNewestInLane(app.db, propositionId, 'legitimacy');
    expect(newest.map((c) => c.text)).toEqual(
      Array.from({ length: MAX_CARDS_ON_SCREEN }, (_, i) => `Point ${i + 7}`),
    );
    expect(await readLaneTotal(app.db, propositionId, 'legitimacy')).toBe(MAX_CARDS_ON_SCREEN + 6);
    expect(await readLaneTotal(app.db, propositionId, 'practicability')).toBe(0);
  });

  it("re-runs a lane's query only when that lane changes — unlike a count(), which every card write re-runs", async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, {
      cards: 4,
      lanes: ['legitimacy', 'practicability'],
    });
    const propositionId = session.activePropositionId as PropositionId;
    const newestIn = (db: ParleyDb, lane: LaneId) => () =>
      readNewestInLane(db, propositionId, lane);
    const legitimacy = watch(newestIn(app.db, 'legitimacy'));
    const practicability = watch(newestIn(app.db, 'practicability'));
    const practicabilityTotal = watch(() => readLaneTotal(app.db, propositionId, 'practicability'));
    // The query this replaced, kept here to show the test can tell the difference.
    const practicabilityCount = watch(() =>
      laneCardsQuery(app.db, propositionId, 'practicability').count(),
    );
    await firstResults(legitimacy, practicability, practicabilityTotal, practicabilityCount);
    const before = {
      newest: practicability.runs,
      total: practicabilityTotal.runs,
      count: practicabilityCount.runs,
    };

    const legitimacyRan = legitimacy.nextResult();
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'legitimacy',
      text: 'Who agreed to this?',
    });
    await legitimacyRan;
    expect(practicability.runs).toBe(before.newest);
    expect(practicabilityTotal.runs).toBe(before.total);
    expect(practicabilityCount.runs).toBeGreaterThan(before.count);

    const practicabilityRan = practicability.nextResult();
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'practicability',
      text: 'Capacity is thin',
    });
    await practicabilityRan;
    expect(practicability.runs).toBe(before.newest + 1);
    for (const w of [legitimacy, practicability, practicabilityTotal, practicabilityCount])
      w.stop();
  });

  it('never lets a lagging count say fewer cards than the screen shows', () => {
    expect(laneTotal(3, undefined)).toBe(3);
    expect(laneTotal(3, 7)).toBe(3); // not full: what is shown is the whole lane
    expect(laneTotal(MAX_CARDS_ON_SCREEN, undefined)).toBe(MAX_CARDS_ON_SCREEN);
    expect(laneTotal(MAX_CARDS_ON_SCREEN, 400)).toBe(400);
    expect(laneTotal(MAX_CARDS_ON_SCREEN, 10)).toBe(MAX_CARDS_ON_SCREEN);
  });
});
