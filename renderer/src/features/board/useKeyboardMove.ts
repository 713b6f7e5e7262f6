import { useCallback, type KeyboardEvent } from 'react';

import { LANE_IDS, LANES } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { type KeyboardMove } from '../../ui/slices/boardSlice';
import { useWindowStore } from '../../ui/windowStore';
import { moveCard } from './commands/moveCommands';
import { drawnLaneCards } from './drawnLaneCards';

function targetsIn(move: KeyboardMove): readonly string[] {
  return drawnLaneCards(move.lane).filter((id) => id !== move.cardId);
}

function where(move: KeyboardMove): string {
  const total = targetsIn(move).length + 1;
  return `${LANES[move.lane].label}, position ${move.index + 1} of ${total}`;
}

/**
 * The keyboard alternative to dragging (WAI-ARIA practice for sortable lists): Space or Enter
 * picks the card up, arrows move where it would land (up/down in a lane, left/right between
 * lanes), Space or Enter drops it, Escape puts it back. Every step is announced; only the drop
 * writes, so one move is one undo step.
 */
export function useKeyboardMove(card: Card) {
  const run = useRunWithNotice();
  const carrying = useWindowStore((s) => s.keyboardMove?.cardId === card.id);

  const pickUp = useCallback(() => {
    const { setKeyboardMove, announce } = useWindowStore.getState();
    const ids = drawnLaneCards(card.lane);
    const move: KeyboardMove = {
      cardId: card.id,
      text: card.text,
      lane: card.lane,
      index: Math.max(0, ids.indexOf(card.id)),
    };
    setKeyboardMove(move);
    announce(
      `Picked up “${card.text.slice(0, 80)}”. ${where(move)}. Up and down arrows move it within a lane, left and right to another lane; Space to drop, Escape to cancel.`,
    );
  }, [card.id, card.lane, card.text]);

  const cancel = useCallback(() => {
    const { keyboardMove, setKeyboardMove, announce } = useWindowStore.getState();
    if (keyboardMove?.cardId !== card.id) return;
    setKeyboardMove(null);
    announce('Move cancelled; the card is back where it was.');
  }, [card.id]);

  const drop = useCallback(async () => {
    const {
      keyboardMove: move,
      setKeyboardMove,
      announce,
      requestFocus,
    } = useWindowStore.getState();
    if (!move) return;
    setKeyboardMove(null);
    const before = targetsIn(move)[move.index] ?? null;
    const outcome = await run(moveCard, {
      cardId: card.id,
      lane: move.lane,
      beforeCardId: before as Card['id'] | null,
    });
    if (!outcome.ok) return;
    announce(`Dropped in ${where(move)}.`);
    requestFocus(card.id, true, move.lane);
  }, [card.id, run]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const { keyboardMove: move, setKeyboardMove, announce } = useWindowStore.getState();
      const mine = move?.cardId === card.id ? move : null;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        if (mine) void drop();
        else pickUp();
        return;
      }
      if (!mine) return;
      let next: KeyboardMove | null = null;
      if (event.key === 'ArrowUp') next = { ...mine, index: Math.max(0, mine.index - 1) };
      else if (event.key === 'ArrowDown')
        next = { ...mine, index: Math.min(targetsIn(mine).length, mine.index + 1) };
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const at = LANE_IDS.indexOf(mine.lane) + (event.key === 'ArrowLeft' ? -1 : 1);
        const lane = LANE_IDS[Math.min(LANE_IDS.length - 1, Math.max(0, at))]!;
        const moved = { ...mine, lane };
        next = { ...moved, index: Math.min(mine.index, targetsIn(moved).length) };
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
        return;
      } else return;
      event.preventDefault();
      setKeyboardMove(next);
      announce(where(next));
    },
    [card.id, cancel, drop, pickUp],
  );

  return { carrying, onKeyDown, pickUp, cancel };
}
