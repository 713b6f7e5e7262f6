import { create } from 'zustand';

import { NO_FILTER, type CardFilter } from '#shared/board/filter';
import type { ParticipantId } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

// Ephemeral board UI state (docs/architecture.md, "Data flow"): what is selected, filtered, being
// voted or moved by keyboard. Nothing here is the board's content; all of it may be lost on reload.

/** Who is voting: a participant placing dots, the scribe typing room tallies, or nobody. */
export type Voter =
  { mode: 'off' } | { mode: 'dots'; participantId: ParticipantId } | { mode: 'scribe' };

/** A card picked up with the keyboard: where it would land if dropped now. */
export interface KeyboardMove {
  cardId: CardId;
  text: string;
  lane: LaneId;
  index: number;
}

export interface BoardUiState {
  filter: CardFilter;
  setFilter(patch: Partial<CardFilter>): void;
  selected: ReadonlySet<CardId>;
  toggleSelected(id: CardId): void;
  clearSelection(): void;
  voter: Voter;
  setVoter(voter: Voter): void;
  keyboardMove: KeyboardMove | null;
  setKeyboardMove(move: KeyboardMove | null): void;
  /** A card to bring into view and focus (following a link, or after a keyboard drop). */
  focusRequest: { cardId: CardId; seq: number; handle: boolean; lane: LaneId | null } | null;
  /**
   * `handle`: focus the card's move handle (after a keyboard drop) rather than the card.
   * `lane`: only the card drawn in that lane answers — after a move the old one may still be mounted.
   */
  requestFocus(cardId: CardId, handle?: boolean, lane?: LaneId): void;
  clearFocusRequest(): void;
  /** The conclusion whose links are being chosen. */
  linking: CardId | null;
  setLinking(id: CardId | null): void;
  /** Words for screen readers: picked up, moved, dropped. */
  announcement: string;
  announce(text: string): void;
  /** Another session's board starts clean: no filter, selection or voter carried over. */
  reset(): void;
}

let focusSeq = 0;

export const useBoardUi = create<BoardUiState>()((set) => ({
  filter: NO_FILTER,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  selected: new Set(),
  toggleSelected: (id) =>
    set((s) => {
      const next = new Set(s.selected);
      if (!next.delete(id)) next.add(id);
      return { selected: next };
    }),
  clearSelection: () => set({ selected: new Set() }),
  voter: { mode: 'off' },
  setVoter: (voter) => set({ voter }),
  keyboardMove: null,
  setKeyboardMove: (keyboardMove) => set({ keyboardMove }),
  focusRequest: null,
  requestFocus: (cardId, handle = false, lane) =>
    set({ focusRequest: { cardId, seq: ++focusSeq, handle, lane: lane ?? null } }),
  clearFocusRequest: () => set({ focusRequest: null }),
  linking: null,
  setLinking: (linking) => set({ linking }),
  announcement: '',
  // A trailing no-break space alternates so the same words twice are still announced twice.
  reset: () =>
    set({
      filter: NO_FILTER,
      selected: new Set(),
      voter: { mode: 'off' },
      keyboardMove: null,
      focusRequest: null,
      linking: null,
    }),
  announce: (text) =>
    set((s) => ({ announcement: s.announcement === text ? `${text}\u00a0` : text })),
}));

/**
 * The ids of the cards each lane currently draws (after filtering), kept by the lanes as they
 * render. Keyboard moves read it to count positions in a lane they are not part of. It is a
 * plain map, not state: nothing re-renders when it changes.
 */
export const drawnLaneCards = new Map<LaneId, readonly CardId[]>();
