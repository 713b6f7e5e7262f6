import { NO_FILTER, type CardFilter } from '#shared/board/filter';
import type { ParticipantId } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

import type { SliceCreator } from './slice';

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

/** A card to bring into view and focus (following a link, or after a keyboard drop). */
export interface FocusRequest {
  cardId: CardId;
  /** Counts requests, so asking for the same card again is still a change. */
  seq: number;
  /** Focus the card's move handle (after a keyboard drop) rather than the card. */
  handle: boolean;
  /** Only the card drawn in that lane answers — after a move the old one may still be mounted. */
  lane: LaneId | null;
}

interface BoardUiFields {
  filter: CardFilter;
  selected: ReadonlySet<CardId>;
  voter: Voter;
  keyboardMove: KeyboardMove | null;
  focusRequest: FocusRequest | null;
  /** The conclusion whose links are being chosen. */
  linking: CardId | null;
  /** Words for screen readers: picked up, moved, dropped. */
  announcement: string;
}

/** How a session's board starts, and what another session's board returns to. */
export const initialBoardUi: BoardUiFields = {
  filter: NO_FILTER,
  selected: new Set(),
  voter: { mode: 'off' },
  keyboardMove: null,
  focusRequest: null,
  linking: null,
  announcement: '',
};

export interface BoardUiSlice extends BoardUiFields {
  setFilter(patch: Partial<CardFilter>): void;
  toggleSelected(id: CardId): void;
  clearSelection(): void;
  setVoter(voter: Voter): void;
  setKeyboardMove(move: KeyboardMove | null): void;
  requestFocus(cardId: CardId, handle?: boolean, lane?: LaneId): void;
  clearFocusRequest(): void;
  setLinking(id: CardId | null): void;
  announce(text: string): void;
  /** Another session's board starts clean: no filter, selection or voter carried over. */
  resetBoardUi(): void;
}

export const createBoardUiSlice: SliceCreator<BoardUiSlice> = (set) => ({
  ...initialBoardUi,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  toggleSelected: (id) =>
    set((s) => {
      const next = new Set(s.selected);
      if (!next.delete(id)) next.add(id);
      return { selected: next };
    }),
  clearSelection: () => set({ selected: new Set() }),
  setVoter: (voter) => set({ voter }),
  setKeyboardMove: (keyboardMove) => set({ keyboardMove }),
  requestFocus: (cardId, handle = false, lane) =>
    set((s) => ({
      focusRequest: { cardId, seq: (s.focusRequest?.seq ?? 0) + 1, handle, lane: lane ?? null },
    })),
  clearFocusRequest: () => set({ focusRequest: null }),
  setLinking: (linking) => set({ linking }),
  // A trailing no-break space alternates so the same words twice are still announced twice.
  announce: (text) =>
    set((s) => ({ announcement: s.announcement === text ? `${text}\u00a0` : text })),
  resetBoardUi: () => set(initialBoardUi),
});
