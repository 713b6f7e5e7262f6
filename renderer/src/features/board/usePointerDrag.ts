import { useEffect, type RefObject } from 'react';

import type { GroupId } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';
import { isLaneId, LANES, type LaneId } from '#shared/domain/lanes';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { groupCards } from './commands/groupCommands';
import { moveCard } from './commands/moveCommands';
import { swallowClickOnLift, swallowNextClick } from './swallowClick';

const THRESHOLD_PX = 5;
/** A finger or pen held this long without moving opens the card's actions (docs/architecture.md). */
const LONG_PRESS_MS = 500;
const EDGE_PX = 28;
const INTERACTIVE = 'button, input, select, textarea, a, label, [contenteditable="true"]';
/** The one button that is for dragging: its tooltip says "Drag to move". */
const HANDLE = '.card-handle';

type Drop =
  | {
      kind: 'before' | 'after' | 'into';
      el: HTMLElement;
      cardId: CardId;
      lane: LaneId;
      groupId: string;
    }
  | { kind: 'group'; el: HTMLElement; firstCardId: CardId }
  | { kind: 'end'; el: HTMLElement; lane: LaneId };

/**
 * Mouse and touch dragging for the whole board, delegated from the board element. While the
 * pointer moves nothing renders: the card follows by a CSS transform and the drop target is
 * marked with a class, so a frame costs one hit test. The move is written once, on drop
 * (docs/architecture.md, "Performance budgets"). Dropping on the middle of a card groups the two.
 */
export function usePointerDrag(boardRef: RefObject<HTMLElement | null>) {
  const run = useRunWithNotice();

  useEffect(() => {
    const board = boardRef.current;
    if (!board) return;
    let cleanup: (() => void) | null = null;

    function onPointerDown(down: PointerEvent) {
      if (
        down.button !== 0 ||
        !(down.target instanceof Element) ||
        (down.target.closest(INTERACTIVE) && !down.target.closest(HANDLE))
      )
        return;
      const item = down.target.closest<HTMLElement>('li[data-card-id]');
      if (!item || down.ctrlKey || down.metaKey) return;
      const cardId = item.dataset.cardId as CardId;
      let active = false;
      let drop: Drop | null = null;
      let scroller: HTMLElement | null = null;
      let lastY = 0;
      let frame = 0;
      // Touch and pen: holding still opens the card's actions instead of starting a drag.
      const press =
        down.pointerType === 'mouse'
          ? 0
          : window.setTimeout(() => {
              finish(false);
              // The menu opens under the finger; lifting it must not press what is now there.
              swallowClickOnLift();
              useWindowStore.getState().setActionsCard(cardId);
            }, LONG_PRESS_MS);

      const mark = (next: Drop | null) => {
        if (drop)
          drop.el.classList.remove(
            'drop-before',
            'drop-after',
            'drop-into',
            'drop-group',
            'drop-end',
          );
        drop = next;
        if (drop) drop.el.classList.add(drop.kind === 'group' ? 'drop-group' : `drop-${drop.kind}`);
      };

      const autoScroll = () => {
        frame = 0;
        if (!active || !scroller) return;
        const box = scroller.getBoundingClientRect();
        const step = lastY < box.top + EDGE_PX ? -12 : lastY > box.bottom - EDGE_PX ? 12 : 0;
        if (step !== 0) {
          scroller.scrollTop += step;
          frame = requestAnimationFrame(autoScroll);
        }
      };

      const onMove = (move: PointerEvent) => {
        const dx = move.clientX - down.clientX;
        const dy = move.clientY - down.clientY;
        if (!active) {
          if (Math.hypot(dx, dy) < THRESHOLD_PX) return;
          active = true;
          clearTimeout(press);
          item.classList.add('card-dragging');
          document.body.classList.add('board-dragging');
        }
        item.style.transform = `translate(${dx}px, ${dy}px)`;
        lastY = move.clientY;
        const under = document.elementFromPoint(move.clientX, move.clientY);
        mark(under ? dropAt(under, move.clientY, cardId) : null);
        scroller = under?.closest<HTMLElement>('.card-list') ?? null;
        if (!frame) frame = requestAnimationFrame(autoScroll);
      };

      const finish = (commit: boolean) => {
        clearTimeout(press);
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKey, true);
        cancelAnimationFrame(frame);
        item.style.transform = '';
        item.classList.remove('card-dragging');
        document.body.classList.remove('board-dragging');
        const target = drop;
        mark(null);
        cleanup = null;
        // The click that ends a drag must not also open or select the card.
        if (active) swallowNextClick();
        if (commit && active && target) void commitDrop(cardId, target);
      };
      const onUp = () => finish(true);
      // The browser took the gesture over (a finger scrolling the lane): no drop.
      const onCancel = () => finish(false);
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') finish(false);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      cleanup = () => finish(false);
    }

    async function commitDrop(cardId: CardId, drop: Drop) {
      const outcome =
        drop.kind === 'into'
          ? await run(groupCards, { targetCardId: drop.cardId, cardIds: [cardId] })
          : drop.kind === 'group'
            ? await run(groupCards, { targetCardId: drop.firstCardId, cardIds: [cardId] })
            : drop.kind === 'end'
              ? await run(moveCard, { cardId, lane: drop.lane, beforeCardId: null, groupId: null })
              : await run(moveCard, {
                  cardId,
                  lane: drop.lane,
                  beforeCardId: drop.kind === 'before' ? drop.cardId : null,
                  afterCardId: drop.kind === 'after' ? drop.cardId : undefined,
                  groupId: (drop.groupId || null) as GroupId | null,
                });
      if (outcome.ok) {
        const lane = drop.kind === 'group' ? '' : drop.kind === 'end' ? LANES[drop.lane].label : '';
        useWindowStore
          .getState()
          .announce(
            drop.kind === 'into' || drop.kind === 'group'
              ? 'Card added to the group.'
              : `Card moved${lane ? ` to ${lane}` : ''}.`,
          );
      }
    }

    // A right click, or the long press a touch screen turns into one, opens the card's actions.
    function onContextMenu(e: MouseEvent) {
      const item = (e.target as Element | null)?.closest<HTMLElement>('li[data-card-id]');
      if (!item || (e.target as Element).closest(INTERACTIVE)) return;
      e.preventDefault();
      useWindowStore.getState().setActionsCard(item.dataset.cardId ?? null);
    }

    board.addEventListener('pointerdown', onPointerDown);
    board.addEventListener('contextmenu', onContextMenu);
    return () => {
      board.removeEventListener('pointerdown', onPointerDown);
      board.removeEventListener('contextmenu', onContextMenu);
      cleanup?.();
    };
  }, [boardRef, run]);
}

/** What lies under the pointer: the top/bottom quarter of a card, its middle, a group header, or a lane. */
function dropAt(under: Element, y: number, dragged: CardId): Drop | null {
  const card = under.closest<HTMLElement>('li[data-card-id]');
  const laneEl = under.closest<HTMLElement>('[data-lane]');
  const lane = laneEl?.dataset.lane;
  if (!laneEl || !isLaneId(lane)) return null;
  if (card && card.dataset.cardId !== dragged) {
    const box = card.getBoundingClientRect();
    const at = (y - box.top) / box.height;
    const kind = at < 0.3 ? 'before' : at > 0.7 ? 'after' : 'into';
    return {
      kind,
      el: card,
      cardId: card.dataset.cardId as CardId,
      lane,
      groupId: card.dataset.groupId ?? '',
    };
  }
  if (card) return null;
  const header = under.closest<HTMLElement>('li[data-group-id]');
  if (header?.dataset.firstCard)
    return { kind: 'group', el: header, firstCardId: header.dataset.firstCard as CardId };
  return { kind: 'end', el: laneEl, lane };
}
