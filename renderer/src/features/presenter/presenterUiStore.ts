import { create } from 'zustand';

import type { CardId } from '#shared/domain/ids';

/**
 * A per-window mirror of one field of the presenter row: which card is spotlighted. The board's
 * Spotlight buttons select it by card (`s.spotlightCardId === id`), so a change re-renders the
 * two buttons concerned, not two thousand. Dexie stays the truth; PresenterToolbar keeps this in step.
 */
interface PresenterUi {
  spotlightCardId: CardId | null;
  setSpotlightCardId(id: CardId | null): void;
}

export const usePresenterUi = create<PresenterUi>()((set) => ({
  spotlightCardId: null,
  setSpotlightCardId: (id) => set({ spotlightCardId: id }),
}));
