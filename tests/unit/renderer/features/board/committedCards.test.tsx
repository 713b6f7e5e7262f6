// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import { addCard } from '#renderer/commands/cardCommands';
import { commitsHeard } from '#renderer/db/commitCount';
import { isReadFailure } from '#renderer/db/readOrFailure';
import {
  committedCardsCollector,
  drawsCreatedCards,
  useDrawCommittedCards,
} from '#renderer/features/board/committedCards';
import {
  useCommittedCards,
  type CommittedCard,
} from '#renderer/features/board/committedCardsStore';
import { useLaneCards } from '#renderer/features/board/useLaneCards';
import { receiveRoomPoints } from '#renderer/features/room/commands/roomPointCommands';
import { useWindowStore } from '#renderer/ui/windowStore';
import type { PropositionId, SessionId } from '#shared/domain/ids';

let app: TestApp;
let sessionId: SessionId;
let propositionId: PropositionId;

beforeEach(async () => {
  useWindowStore.getState().resetWindow();
  useCommittedCards.setState({ committedCards: {} });
  app = createTestApp();
  const { session } = await buildSession(app, { cards: 2 });
  sessionId = session.id;
  propositionId = session.activePropositionId;
});
afterEach(cleanup);

/** A collector whose end of frame the test calls, and what it showed. */
function collect() {
  const shown: (readonly CommittedCard[])[] = [];
  let endFrame: () => void = () => undefined;
  const listener = committedCardsCollector(
    (cards) => shown.push(cards),
    (flush) => (endFrame = flush),
  );
  app.commands.onCommit(listener);
  return { shown, endFrame: () => endFrame() };
}

describe('cards a command commits are handed over at once', () => {
  it('gives the card as committed, stamped with the commit count right after the commit', async () => {
    const { shown } = collect();
    const card = await app.commands.run(addCard, { sessionId, lane: 'questions', text: 'Who?' });
    expect(shown).toEqual([[{ card, seq: commitsHeard() }]]);
  });

  it('gives nothing for a refused command', async () => {
    const { shown } = collect();
    await expect(
      app.commands.run(addCard, { sessionId, lane: 'questions', text: '   ' }),
    ).rejects.toThrow();
    expect(shown).toEqual([]);
  });

  it('gathers the commits after the first one of a frame and hands them over together', async () => {
    const { shown, endFrame } = collect();
    const first = await app.commands.run(addCard, { sessionId, lane: 'questions', text: 'A' });
    const second = await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'B' });
    const third = await app.commands.run(addCard, { sessionId, lane: 'questions', text: 'C' });
    expect(shown.map((batch) => batch.map((c) => c.card))).toEqual([[first]]);
    endFrame();
    expect(shown.map((batch) => batch.map((c) => c.card))).toEqual([[first], [second, third]]);
  });

  it('hands a batch of points from the room over in one go', async () => {
    const { shown } = collect();
    const plan = await app.db.stagePlans.get(sessionId);
    const stage = plan!.stages.find((s) => s.lane === 'legitimacy')!;
    const points = ['One', 'Two', 'Three'].map((text, i) => ({
      phoneId: 'ph-1',
      id: `p-0000000${i}`,
      stageId: stage.id,
      text,
      name: null,
      party: null,
    }));
    await app.commands.run(receiveRoomPoints, { sessionId, points });
    expect(shown).toHaveLength(1);
    expect(shown[0]!.map((c) => c.card.text)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('a hidden window', () => {
  /** Runs `work` while the document says it is hidden (a minimised window, another tab). */
  async function whileHidden(work: () => Promise<void>) {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      await work();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  }

  it('draws nothing and lets its lanes hear of the commit at once', async () => {
    const diffs: Parameters<typeof drawsCreatedCards>[0][] = [];
    app.commands.onCommit((d) => diffs.push(d));
    const { shown } = collect();
    await app.commands.run(addCard, { sessionId, lane: 'questions', text: 'Shown?' });
    expect(drawsCreatedCards(diffs[0]!)).toBe(true);
    await whileHidden(async () => {
      await app.commands.run(addCard, { sessionId, lane: 'questions', text: 'Hidden' });
      expect(drawsCreatedCards(diffs[1]!)).toBe(false);
    });
    expect(shown.flat().map((c) => c.card.text)).toEqual(['Shown?']);
  });
});

describe('a lane draws a committed card before reading it back', () => {
  function LaneTexts({ renders }: { renders: string[][] }) {
    useDrawCommittedCards();
    const read = useLaneCards(propositionId, 'legitimacy');
    const texts = read && !isReadFailure(read) ? read.map((c) => c.text) : [];
    renders.push(texts);
    return <p>{texts.join('|')}</p>;
  }

  /** Records each read of the cards table that returned a card with this text. */
  function watchReads(text: string) {
    const reads: string[] = [];
    app.db.use({
      stack: 'dbcore',
      name: 'watch-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: async (request) => {
              const result = await table.query(request);
              if (
                name === 'cards' &&
                (result.result as { text?: string }[]).some((row) => row?.text === text)
              )
                reads.push(text);
              return result;
            },
          };
        },
      }),
    });
    return reads;
  }

  /** The lane drawn, once it shows the two cards the session starts with. */
  async function showLane() {
    const renders: string[][] = [];
    const view = render(
      <AppServicesContext.Provider value={app}>
        <LaneTexts renders={renders} />
      </AppServicesContext.Provider>,
    );
    await waitFor(() => expect(view.container.textContent).toBe('Point 1|Point 2'));
    return { renders, view };
  }

  it('shows it once, in committed order, from the command’s result; the read then confirms it', async () => {
    const reads = watchReads('Point 3');
    // Middleware joins on opening.
    app.db.close();
    await app.db.open();
    const { renders, view } = await showLane();

    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Point 3' });
    act(() => undefined);
    // Drawn straight after the commit, while no read has yet returned the card.
    expect(view.container.textContent).toBe('Point 1|Point 2|Point 3');
    expect(reads).toEqual([]);

    await waitFor(() => expect(reads.length).toBeGreaterThan(0));
    await waitFor(() => expect(useCommittedCards.getState().committedCards).toEqual({}));
    expect(view.container.textContent).toBe('Point 1|Point 2|Point 3');
    // Never drawn twice, never taken away once drawn.
    const after = renders.slice(renders.findIndex((r) => r.includes('Point 3')));
    for (const texts of after) expect(texts).toEqual(['Point 1', 'Point 2', 'Point 3']);
  });

  it('draws nothing for a refused command', async () => {
    const { renders } = await showLane();
    const before = renders.length;
    await expect(
      app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: '' }),
    ).rejects.toThrow();
    act(() => undefined);
    expect(renders.length).toBe(before);
    expect(useCommittedCards.getState().committedCards).toEqual({});
  });
});
