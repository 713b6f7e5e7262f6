import { create, type StateCreator } from 'zustand';

import type { CardId } from '#shared/domain/ids';

// Ephemeral, per-window UI state only (docs/architecture.md, "Data flow"). Anything that must
// survive a reload lives in Dexie and is written by a command.

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** When set, the notice offers an Undo button that undoes the newest command. */
  offerUndo?: boolean;
  /** A way back that is not the undo history (e.g. restoring the snapshot an import took). */
  action?: { label: string; run(): void };
}

export interface NoticeSlice {
  notice: Notice | null;
  showNotice(notice: Omit<Notice, 'id'>): void;
  clearNotice(id?: number): void;
}

export interface EditingSlice {
  editingCardId: CardId | null;
  setEditingCard(id: CardId | null): void;
}

export type UiState = NoticeSlice & EditingSlice;

let noticeCounter = 0;

const createNoticeSlice: StateCreator<UiState, [], [], NoticeSlice> = (set) => ({
  notice: null,
  showNotice: (notice) => set({ notice: { ...notice, id: ++noticeCounter } }),
  clearNotice: (id) =>
    set((state) => (id === undefined || state.notice?.id === id ? { notice: null } : state)),
});

const createEditingSlice: StateCreator<UiState, [], [], EditingSlice> = (set) => ({
  editingCardId: null,
  setEditingCard: (id) => set({ editingCardId: id }),
});

export const useUiStore = create<UiState>()((...a) => ({
  ...createNoticeSlice(...a),
  ...createEditingSlice(...a),
}));
