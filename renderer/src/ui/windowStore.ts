import { create } from 'zustand';

import { createBoardUiSlice, initialBoardUi, type BoardUiSlice } from './slices/boardSlice';
import {
  createConnectionSlice,
  initialConnection,
  type ConnectionSlice,
} from './slices/connectionSlice';
import { createEditingSlice, initialEditing, type EditingSlice } from './slices/editingSlice';
import { createLayoutSlice, initialLayout, type LayoutSlice } from './slices/layoutSlice';
import { createNoticeSlice, initialNotice, type NoticeSlice } from './slices/noticeSlice';
import {
  createPresenterUiSlice,
  initialPresenterUi,
  type PresenterUiSlice,
} from './slices/presenterSlice';
import { createStagesUiSlice, initialStagesUi, type StagesUiSlice } from './slices/stagesSlice';

/**
 * The window's one store of ephemeral UI state (docs/architecture.md, "Data flow"), composed once
 * from typed slices, one per concern (ui/slices/: the notice, the card being edited, the board, the stage panel, the room view, the database connection). The slices sit here
 * in ui/ rather than in their features because ui/ is below the features and imports none. Each
 * window (facilitator, room view) loads its own copy of this module, so each has its own store.
 * Components select single fields, or several with useShallow.
 */
export type WindowState = NoticeSlice &
  EditingSlice &
  BoardUiSlice &
  StagesUiSlice &
  LayoutSlice &
  PresenterUiSlice &
  ConnectionSlice & {
    /** Everything back to initialWindowState. */
    resetWindow(): void;
  };

/** The store's data, without its actions. */
export type WindowFields = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any action
  [K in keyof WindowState as WindowState[K] extends Function ? never : K]: WindowState[K];
};

/**
 * Every field of the store as a freshly opened window has it; reset returns to exactly this. Its
 * type makes a field a slice adds without an initial value a compile error.
 */
export const initialWindowState: WindowFields = {
  ...initialNotice,
  ...initialEditing,
  ...initialBoardUi,
  ...initialStagesUi,
  ...initialLayout,
  ...initialPresenterUi,
  ...initialConnection,
};

export const useWindowStore = create<WindowState>()((...a) => ({
  ...createNoticeSlice(...a),
  ...createEditingSlice(...a),
  ...createBoardUiSlice(...a),
  ...createStagesUiSlice(...a),
  ...createLayoutSlice(...a),
  ...createPresenterUiSlice(...a),
  ...createConnectionSlice(...a),
  resetWindow: () => a[0](initialWindowState),
}));
