import type { CardId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

/**
 * The ids of the cards each lane currently draws (after filtering), in order, written by the
 * lanes as they render. Keyboard moves read it to count positions in a lane they are not part of.
 *
 * Why not in the window store: nothing draws from it, and every store update runs every
 * component's selectors. A lane writes here on each render, so keeping it in the store cost each
 * card typed a full pass of selectors before its frame (docs/architecture.md, "Performance
 * budgets"). Each window loads its own copy of this module, like its store.
 */
const drawn = new Map<LaneId, readonly CardId[]>();

export function setDrawnLaneCards(lane: LaneId, ids: readonly CardId[]): void {
  drawn.set(lane, ids);
}

export function drawnLaneCards(lane: LaneId): readonly CardId[] {
  return drawn.get(lane) ?? [];
}
