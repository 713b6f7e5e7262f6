import type { SliceCreator } from './slice';

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

export const initialNotice = { notice: null } satisfies Partial<NoticeSlice>;

export const createNoticeSlice: SliceCreator<NoticeSlice> = (set) => ({
  ...initialNotice,
  // A new id for each notice, so a timer set for an old one never clears its successor.
  showNotice: (notice) => set((s) => ({ notice: { ...notice, id: (s.notice?.id ?? 0) + 1 } })),
  clearNotice: (id) =>
    set((state) => (id === undefined || state.notice?.id === id ? { notice: null } : state)),
});
