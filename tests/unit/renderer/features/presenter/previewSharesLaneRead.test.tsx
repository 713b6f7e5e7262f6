// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import { addCard } from '#renderer/commands/cardCommands';
import type * as Queries from '#renderer/db/queries';
import { laneCardsAfterQuery, laneCardsQuery } from '#renderer/db/queries';
import { useLaneCards } from '#renderer/features/board/useLaneCards';
import { PreviewContext } from '#renderer/features/presenter/ScreenText';
import {
  MAX_CARDS_ON_SCREEN,
  usePresenterLane,
} from '#renderer/features/presenter/usePresenterLane';
import type { PropositionId } from '#shared/domain/ids';

// Every read of a lane goes through laneCardsQuery, or laneCardsAfterQuery for its new cards:
// counted here.
vi.mock('#renderer/db/queries', async (original) => {
  const actual = await original<typeof Queries>();
  return {
    ...actual,
    laneCardsQuery: vi.fn(actual.laneCardsQuery),
    laneCardsAfterQuery: vi.fn(actual.laneCardsAfterQuery),
  };
});

afterEach(cleanup);

function BoardLane({ propositionId }: { propositionId: PropositionId }) {
  const cards = useLaneCards(propositionId, 'legitimacy');
  return <p data-testid="board">{Array.isArray(cards) ? cards.length : ''}</p>;
}

function PreviewLane({ propositionId }: { propositionId: PropositionId }) {
  const lane = usePresenterLane(propositionId, 'legitimacy');
  return <p data-testid="preview">{lane ? `${lane.cards.length} of ${lane.total}` : ''}</p>;
}

it("the room preview beside the board reads a lane in the board's own read, not one of its own", async () => {
  const app = createTestApp();
  const { session } = await buildSession(app, { cards: MAX_CARDS_ON_SCREEN + 2 });
  const propositionId = session.activePropositionId;
  const reads = vi.mocked(laneCardsQuery);
  const tailReads = vi.mocked(laneCardsAfterQuery);
  reads.mockClear();
  tailReads.mockClear();
  const view = render(
    <AppServicesContext.Provider value={app}>
      <BoardLane propositionId={propositionId} />
      <PreviewContext.Provider value={true}>
        <PreviewLane propositionId={propositionId} />
      </PreviewContext.Provider>
    </AppServicesContext.Provider>,
  );
  const shown = () => [
    view.getByTestId('board').textContent,
    view.getByTestId('preview').textContent,
  ];
  const all = MAX_CARDS_ON_SCREEN + 2;
  await waitFor(() => expect(shown()).toEqual([`${all}`, `${MAX_CARDS_ON_SCREEN} of ${all}`]));
  expect(reads).toHaveBeenCalledTimes(1);

  await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text: 'New' });
  await waitFor(() =>
    expect(shown()).toEqual([`${all + 1}`, `${MAX_CARDS_ON_SCREEN} of ${all + 1}`]),
  );
  // One read for the command (it reads the lane's last card to place the new one after it), and
  // for the board and its preview together one read of the new card alone (db/useLaneRead.ts).
  expect(reads).toHaveBeenCalledTimes(2);
  expect(tailReads).toHaveBeenCalledTimes(1);
});
