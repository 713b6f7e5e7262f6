// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard, deleteCard, editCard } from '#renderer/commands/cardCommands';
import { touchesIndexRange, touchesKeys } from '#renderer/db/commitTouches';
import { LANE_INDEX, laneBounds } from '#renderer/db/queries';
import { useLiveRead } from '#renderer/db/useLiveRead';
import { moveCard } from '#renderer/features/board/commands/moveCommands';
import type { PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

let app: TestApp;
let sessionId: SessionId;
let propositionId: PropositionId;
let cards: Card[];

beforeEach(async () => {
  app = createTestApp();
  const built = await buildSession(app, { cards: 2 });
  sessionId = built.session.id;
  propositionId = built.session.activePropositionId;
  cards = built.cards;
});
afterEach(cleanup);

/** The key ranges of the commits `work` makes, as every window hears them. */
async function partsOf(work: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const heard: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => void heard.push(parts);
  Dexie.on('storagemutated', listener);
  try {
    await work();
    // Announced after the commit, in a task of its own when no frame is drawn.
    await waitFor(() => expect(heard.length).toBeGreaterThan(0));
  } finally {
    Dexie.on('storagemutated').unsubscribe(listener);
  }
  return heard;
}

/** Whether a lane holding `held` cards would read again after these commits. */
function laneHears(parts: ObservabilitySet[], lane: LaneId, held: readonly string[]): boolean {
  const { lower, upper } = laneBounds(propositionId, lane);
  const ids = new Set(held);
  return parts.some(
    (p) =>
      touchesIndexRange(p, app.db.name, 'cards', LANE_INDEX, lower, upper) ||
      touchesKeys(p, app.db.name, 'cards', ids),
  );
}

describe('which commits concern a lane', () => {
  it('a card added: its lane, not another lane or proposition', async () => {
    const parts = await partsOf(() =>
      app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'New' }),
    );
    expect(laneHears(parts, 'legitimacy', [])).toBe(true);
    expect(laneHears(parts, 'accountability', [])).toBe(false);
    const elsewhere = laneBounds('another' as PropositionId, 'legitimacy');
    expect(
      parts.some((p) =>
        touchesIndexRange(p, app.db.name, 'cards', LANE_INDEX, elsewhere.lower, elsewhere.upper),
      ),
    ).toBe(false);
  });

  it('a card edited, moved out or deleted: the lane that holds it, by its key alone', async () => {
    const [card] = cards;
    const held = cards.map((c) => c.id);
    for (const work of [
      () => app.commands.run(editCard, { cardId: card!.id, text: 'Edited' }),
      () =>
        app.commands.run(moveCard, {
          cardId: card!.id,
          lane: 'accountability',
          beforeCardId: null,
        }),
      () => app.commands.run(deleteCard, { cardId: card!.id }),
    ]) {
      const parts = await partsOf(work);
      expect(laneHears(parts, 'legitimacy', held)).toBe(true);
      expect(laneHears(parts, 'practicability', [])).toBe(false);
    }
  });

  it('reads the ranges as data, as they come from another window', async () => {
    const parts = await partsOf(() =>
      app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'New' }),
    );
    const copied = parts.map((p) => structuredClone(p));
    expect(laneHears(copied, 'legitimacy', [])).toBe(true);
    expect(laneHears(copied, 'accountability', [])).toBe(false);
    expect(laneHears(copied, 'accountability', [cards[0]!.id])).toBe(false);
  });

  it('a whole table written at once concerns every lane', () => {
    const all = { [`idb://${app.db.name}/cards/${LANE_INDEX}`]: { from: -Infinity, to: [[]] } };
    expect(laneHears([all as unknown as ObservabilitySet], 'questions', [])).toBe(true);
    const allKeys = { [`idb://${app.db.name}/cards/`]: { from: -Infinity, to: [[]] } };
    expect(laneHears([allKeys as unknown as ObservabilitySet], 'questions', ['x'])).toBe(true);
  });
});

describe('useLiveRead', () => {
  /** A lane's texts, read live under the key `lane`; counts its reads. */
  function laneReader(reads: { count: number }, gate = () => Promise.resolve()) {
    return (lane: LaneId | null) => {
      const { lower, upper } = laneBounds(propositionId, lane ?? 'legitimacy');
      return useLiveRead(
        lane,
        async () => {
          reads.count++;
          await gate();
          const rows = await app.db.cards.where(LANE_INDEX).between(lower, upper).toArray();
          return rows.map((c) => c.text);
        },
        (parts) => touchesIndexRange(parts, app.db.name, 'cards', LANE_INDEX, lower, upper),
      );
    };
  }

  function liveLane(lane: LaneId) {
    const reads = { count: 0 };
    const useLane = laneReader(reads);
    const hook = renderHook(() => useLane(lane));
    return { reads, hook };
  }

  it('reads again after a commit that concerns it, and not after one that does not', async () => {
    const { reads, hook } = liveLane('legitimacy');
    await waitFor(() => expect(hook.result.current).toEqual(['Point 1', 'Point 2']));
    const before = reads.count;
    await partsOf(() =>
      app.commands.run(addCard, { sessionId, lane: 'questions', text: 'Elsewhere' }),
    );
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(reads.count).toBe(before);
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Here' });
    await waitFor(() => expect(hook.result.current).toEqual(['Point 1', 'Point 2', 'Here']));
    expect(reads.count).toBe(before + 1);
  });

  it('catches up by the smaller read it is offered, and reads in full after a commit heard meanwhile', async () => {
    const { lower, upper } = laneBounds(propositionId, 'legitimacy');
    const counts = { whole: 0, small: 0 };
    let release = () => undefined as void;
    let held: Promise<void> = Promise.resolve();
    const hook = renderHook(() =>
      useLiveRead(
        'caught-up lane',
        async () => {
          counts.whole++;
          const rows = await app.db.cards.where(LANE_INDEX).between(lower, upper).toArray();
          return rows.map((c) => c.text);
        },
        (parts) => touchesIndexRange(parts, app.db.name, 'cards', LANE_INDEX, lower, upper),
        (_parts, last) => async () => {
          counts.small++;
          await held;
          return [...last, 'caught up'];
        },
      ),
    );
    await waitFor(() => expect(hook.result.current).toEqual(['Point 1', 'Point 2']));
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Here' });
    await waitFor(() => expect(hook.result.current).toEqual(['Point 1', 'Point 2', 'caught up']));
    expect(counts).toEqual({ whole: 1, small: 1 });

    held = new Promise((done) => (release = done));
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Second' });
    await waitFor(() => expect(counts.small).toBe(2));
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Third' });
    release();
    await waitFor(() =>
      expect(hook.result.current).toEqual(['Point 1', 'Point 2', 'Here', 'Second', 'Third']),
    );
    expect(counts).toEqual({ whole: 2, small: 2 });
  });

  it('a commit heard while a read runs is tested against what that read returns', async () => {
    let release: (value: string[]) => void = () => undefined;
    const read = vi
      .fn<() => Promise<string[]>>()
      .mockImplementationOnce(() => new Promise((r) => (release = r)))
      .mockResolvedValue(['second']);
    // Concerns a result holding "b" only: the first read is still running when it is heard.
    const affects = (parts: ObservabilitySet, last: string[] | undefined) => {
      const { key } = parts as unknown as { key?: string };
      return key !== undefined && (last ?? []).includes(key);
    };
    const hook = renderHook(() => useLiveRead('during', read, affects));
    act(() => Dexie.on('storagemutated').fire({ key: 'b' } as unknown as ObservabilitySet));
    await act(async () => release(['a', 'b']));
    await waitFor(() => expect(hook.result.current).toEqual(['second']));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('components asking for the same key share one read, and it stops when the last one goes', async () => {
    const reads = { count: 0 };
    const useLane = laneReader(reads);
    const board = renderHook(() => useLane('legitimacy'));
    const preview = renderHook(() => useLane('legitimacy'));
    await waitFor(() => expect(preview.result.current).toEqual(['Point 1', 'Point 2']));
    expect(board.result.current).toEqual(['Point 1', 'Point 2']);
    expect(reads.count).toBe(1);
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Here' });
    await waitFor(() => expect(board.result.current).toHaveLength(3));
    expect(preview.result.current).toHaveLength(3);
    expect(reads.count).toBe(2);
    // One leaves: the other still hears the lane.
    board.unmount();
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Again' });
    await waitFor(() => expect(preview.result.current).toHaveLength(4));
    preview.unmount();
    const before = reads.count;
    await partsOf(() => app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Late' }));
    expect(reads.count).toBe(before);
  });

  it('a null key reads nothing; a new key shows the last result until its own read arrives', async () => {
    const reads = { count: 0 };
    let gate = Promise.resolve();
    const useLane = laneReader(reads, () => gate);
    const hook = renderHook(({ lane }: { lane: LaneId | null }) => useLane(lane), {
      initialProps: { lane: null as LaneId | null },
    });
    await partsOf(() => app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'New' }));
    expect(reads.count).toBe(0);
    expect(hook.result.current).toBeUndefined();
    hook.rerender({ lane: 'legitimacy' });
    await waitFor(() => expect(hook.result.current).toHaveLength(3));
    // Another key's first read is held back: the lane keeps showing what it had.
    let release: () => void = () => undefined;
    gate = new Promise<void>((r) => (release = r));
    hook.rerender({ lane: 'accountability' });
    await waitFor(() => expect(reads.count).toBe(2));
    expect(hook.result.current).toHaveLength(3);
    await act(async () => release());
    await waitFor(() => expect(hook.result.current).toEqual([]));
  });

  it('hears nothing once unmounted', async () => {
    const { reads, hook } = liveLane('legitimacy');
    await waitFor(() => expect(hook.result.current).toHaveLength(2));
    hook.unmount();
    const before = reads.count;
    await partsOf(() => app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Late' }));
    expect(reads.count).toBe(before);
  });
});
