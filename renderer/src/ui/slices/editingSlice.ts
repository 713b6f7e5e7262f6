import type { CardId } from '#shared/domain/ids';

import type { SliceCreator } from './slice';

/** The card whose text is open for editing: one at a time in the window. */
export interface EditingSlice {
  editingCardId: CardId | null;
  setEditingCard(id: CardId | null): void;
}

export const initialEditing = { editingCardId: null } satisfies Partial<EditingSlice>;

export const createEditingSlice: SliceCreator<EditingSlice> = (set) => ({
  ...initialEditing,
  setEditingCard: (id) => set({ editingCardId: id }),
});
