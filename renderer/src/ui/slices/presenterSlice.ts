import type { CardId } from '#shared/domain/ids';

import type { SliceCreator } from './slice';

/**
 * A per-window mirror of one field of the presenter row: which card is spotlighted. The board's
 * Spotlight buttons select it by card (`s.spotlightCardId === id`), so a change re-renders the
 * two buttons concerned, not two thousand. Dexie stays the truth; PresenterToolbar keeps this in step.
 */
export interface PresenterUiSlice {
  spotlightCardId: CardId | null;
  setSpotlightCardId(id: CardId | null): void;
}

export const initialPresenterUi = { spotlightCardId: null } satisfies Partial<PresenterUiSlice>;

export const createPresenterUiSlice: SliceCreator<PresenterUiSlice> = (set) => ({
  ...initialPresenterUi,
  setSpotlightCardId: (id) => set({ spotlightCardId: id }),
});
