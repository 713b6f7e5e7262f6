import type { LaneId } from '#shared/domain/lanes';

import type { SliceCreator } from './slice';

// Ephemeral, per-window state of the stage panel (docs/architecture.md, "Data flow"): nothing here
// must survive a reload.
export interface StagesUiSlice {
  shortcutsOpen: boolean;
  /** The lane the facilitator switched capture to; null follows the current stage's lane. */
  captureLane: LaneId | null;
  setShortcutsOpen(open: boolean): void;
  setCaptureLane(lane: LaneId | null): void;
}

export const initialStagesUi = {
  shortcutsOpen: false,
  captureLane: null,
} satisfies Partial<StagesUiSlice>;

export const createStagesUiSlice: SliceCreator<StagesUiSlice> = (set) => ({
  ...initialStagesUi,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setCaptureLane: (captureLane) => set({ captureLane }),
});
