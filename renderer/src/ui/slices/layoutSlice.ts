import type { SliceCreator } from './slice';

/** What runs long and how far it has got (an import, a Word export, an away-day pack). */
export interface WorkProgress {
  /** Says what is being done, e.g. "Importing cards"; also the progress bar's accessible name. */
  label: string;
  done: number;
  /** null while the amount of work is not known: the bar is indeterminate. */
  total: number | null;
  /** Present only while stopping is safe (nothing half-written is kept). */
  cancel?: () => void;
}

// The laptop layout (docs/architecture.md, "The board on a laptop"): ephemeral per window, like the
// rest of the store; a reload returns to the layout the screen's size suggests.
export interface LayoutSlice {
  /** The stage panel opened or closed by hand; null follows the screen (a strip when narrow). */
  stagePanelOpen: boolean | null;
  /** Focus mode: the current stage's lane large, the others narrow. */
  focusMode: boolean;
  progress: WorkProgress | null;
  /** The card whose actions a long press (or right click) opened as a menu. */
  actionsCardId: string | null;
  setStagePanelOpen(open: boolean | null): void;
  setFocusMode(on: boolean): void;
  setProgress(progress: WorkProgress | null): void;
  setActionsCard(cardId: string | null): void;
}

export const initialLayout = {
  stagePanelOpen: null,
  focusMode: false,
  progress: null,
  actionsCardId: null,
} satisfies Partial<LayoutSlice>;

export const createLayoutSlice: SliceCreator<LayoutSlice> = (set) => ({
  ...initialLayout,
  setStagePanelOpen: (stagePanelOpen) => set({ stagePanelOpen }),
  setFocusMode: (focusMode) => set({ focusMode }),
  setProgress: (progress) => set({ progress }),
  setActionsCard: (actionsCardId) => set({ actionsCardId }),
});
