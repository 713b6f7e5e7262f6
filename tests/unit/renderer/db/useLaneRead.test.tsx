// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { cleanup, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, expect, it, vi } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import { addCard, deleteCard, editCard } from '#renderer/commands/cardCommands';
import { defineCommand } from '#renderer/commands/command';
import type * as Queries from '#renderer/db/queries';
import { laneCardsAfterQuery, laneCardsQuery } from '#renderer/db/queries';
import { moveCard } from '#renderer/features/board/commands/moveCommands';
import { useDrawCommittedCards } from '#renderer/features/board/committedCards';
import { useLaneCards } from '#renderer/features/board/useLaneCards';
import type { CardId, PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

// A lane caught up by reading only its new cards goes through laneCardsAfterQuery: counted here.
vi.mock('#renderer/db/queries', async (original) => {
  const actual = await original<typeof Queries>();
  return { ...actual, laneCardsAfterQuery: vi.fn(actual.laneCardsAfterQuery) };
});

afterEach(cleanup);

const LANE: LaneId = 'legitimacy';
const OTHER: LaneId = 'practicability';

/** Every text the lane has shown, in order. */
let drawn: string[] = [];

/** The board's lane as it draws it: the live read with the cards just committed. */
function ShownLane({ propositionId }: { propositionId: PropositionId }) {
  useDrawCommittedCards();
  const cards = useLaneCards(propositionId, LANE);
  const text = Array.isArray(cards) ? cards.map((c) => c.text).join('|') : '';
  drawn.push(text);
  return <p data-testid="lane">{text}</p>;
}

/** What a step does to the database, picked by fast-check; indexes wrap round the cards there. */
type Step =
  | { kind: 'add'; lane: LaneId }
  | { kind: 'delete' | 'edit' | 'moveOut'; at: number }
  | { kind: 'moveIn'; at: number; before: number | null }
  | { kind: 'undo' | 'redo' };

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('add' as const), lane: fc.constantFrom(LANE, OTHER) }),
    fc.record({
      kind: fc.constantFrom('delete' as const, 'edit' as const, 'moveOut' as const),
      at: fc.nat(),
    }),
    fc.record({ kind: fc.constant('moveIn' as const), at: fc.nat(), before: fc.option(fc.nat()) }),
    fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
  ),
  { minLength: 3, maxLength: 8 },
);

async function laneIds(app: TestApp, propositionId: PropositionId, lane: LaneId) {
  return (await laneCardsQuery(app.db, propositionId, lane).toArray()).map((c) => c.id as CardId);
}

let made = 0;
async function take(app: TestApp, sessionId: SessionId, propositionId: PropositionId, step: Step) {
  const here = await laneIds(app, propositionId, LANE);
  const there = await laneIds(app, propositionId, OTHER);
  const pick = (ids: CardId[], at: number) => ids[at % ids.length];
  const run = app.commands;
  switch (step.kind) {
    case 'add':
      return run.run(addCard, { sessionId, lane: step.lane, text: `New ${++made}` });
    case 'delete':
    case 'edit':
    case 'moveOut': {
      const cardId = pick(here, step.at);
      if (!cardId) return;
      if (step.kind === 'delete') return run.run(deleteCard, { cardId });
      if (step.kind === 'edit') return run.run(editCard, { cardId, text: `Edited ${++made}` });
      return run.run(moveCard, { cardId, lane: OTHER, beforeCardId: null });
    }
    case 'moveIn': {
      const cardId = pick(there, step.at);
      if (!cardId) return;
      const beforeCardId = step.before === null ? null : (pick(here, step.before) ?? null);
      return run.run(moveCard, { cardId, lane: LANE, beforeCardId });
    }
    case 'undo':
      return run.undo();
    case 'redo':
      return run.redo();
  }
}

it('a lane caught up from its new cards alone always shows what a whole read of it shows', async () => {
  const tailReads = vi.mocked(laneCardsAfterQuery);
  tailReads.mockClear();
  await fc.assert(
    fc.asyncProperty(steps, async (plan) => {
      const app = createTestApp();
      const { session } = await buildSession(app, { cards: 6, lanes: [LANE, OTHER] });
      const propositionId = session.activePropositionId;
      const view = render(
        <AppServicesContext.Provider value={app}>
          <ShownLane propositionId={propositionId} />
        </AppServicesContext.Provider>,
      );
      const shown = () => view.getByTestId('lane').textContent;
      const truth = async () =>
        (await laneCardsQuery(app.db, propositionId, LANE).toArray()).map((c) => c.text).join('|');
      try {
        for (const step of plan) {
          await take(app, session.id, propositionId, step).catch(() => undefined);
          const expected = await truth();
          await waitFor(() => expect(shown()).toBe(expected));
        }
      } finally {
        view.unmount();
        app.db.close();
      }
    }),
    { numRuns: 12 },
  );
  // Not a test of whole reads only: the cards added were caught up from the lane's tail.
  expect(tailReads).toHaveBeenCalled();
}, 60_000);

/** A command that makes a card wherever it is told (the app's own place theirs at a lane's end). */
const placeCard = defineCommand<Card, Card>({
  name: 'test.placeCard',
  label: 'Place card',
  tables: ['cards'],
  undoable: false,
  async run(card, w) {
    await w.insert('cards', card.id, card);
    return card;
  },
});

it('a card drawn but not yet announced stays on screen while the lane reads another commit’s new cards', async () => {
  const app = createTestApp();
  const { session, cards } = await buildSession(app, { cards: 6, lanes: [LANE, OTHER] });
  const [point1, point2, point3] = cards;
  const view = render(
    <AppServicesContext.Provider value={app}>
      <ShownLane propositionId={session.activePropositionId} />
    </AppServicesContext.Provider>,
  );
  const shows = (text: string) =>
    waitFor(() => expect(view.getByTestId('lane').textContent).toBe(text));
  await shows('Point 1|Point 3|Point 5');

  // The window draws no frame until told: a command's new card, drawn from its rows, waits to be
  // announced to the lane's read (db/announceAfterPaint.ts) for as long as this test needs.
  const frames: FrameRequestCallback[] = [];
  const frame = vi
    .spyOn(globalThis, 'requestAnimationFrame')
    .mockImplementation((callback) => frames.push(callback));
  try {
    const order = (point1!.order + point3!.order) / 2;
    await app.commands.run(placeCard, {
      ...point1!,
      id: 'placed' as CardId,
      order,
      text: 'Placed',
    });
    await shows('Point 1|Placed|Point 3|Point 5');
    expect(frames).not.toEqual([]);
    drawn = [];
    // Meanwhile a card moves to the lane's end, a commit announced at once: the lane reads just
    // that card, and must not take its read for one that holds the placed card too.
    const tailReads = vi.mocked(laneCardsAfterQuery);
    tailReads.mockClear();
    await app.commands.run(moveCard, { cardId: point2!.id, lane: LANE, beforeCardId: null });
    await waitFor(() => expect(tailReads).toHaveBeenCalledTimes(1));
    await shows('Point 1|Placed|Point 3|Point 5|Point 2');
  } finally {
    frame.mockRestore();
  }
  for (const callback of frames) callback(performance.now());
  await waitFor(() => expect(drawn.at(-1)).toBe('Point 1|Placed|Point 3|Point 5|Point 2'));
  expect(drawn.filter((text) => !text.includes('Placed'))).toEqual([]);
  view.unmount();
  app.db.close();
});
