import { create } from 'zustand';

import type { LaneId } from '#shared/domain/lanes';

// Ephemeral, per-window state of the stage panel (docs/architecture.md, "Data flow"): nothing here
// must survive a reload.
interface StagesUiState {
  shortcutsOpen: boolean;
  /** The lane the facilitator switched capture to; null follows the current stage's lane. */
  captureLane: LaneId | null;
  setShortcutsOpen(open: boolean): void;
  setCaptureLane(lane: LaneId | null): void;
}

export const useStagesUi = create<StagesUiState>()((set) => ({
  shortcutsOpen: false,
  captureLane: null,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setCaptureLane: (captureLane) => set({ captureLane }),
}));
