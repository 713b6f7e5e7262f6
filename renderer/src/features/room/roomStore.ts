import { create } from 'zustand';

import type { PropositionId } from '#shared/domain/ids';
import { CLOSED_ROOM_STATUS, type RoomStatus } from '#shared/room/protocol';

/** A vote open on the phones: which round, its budget, and the proposition it is about. */
export interface PhoneVote {
  roundId: string;
  budget: number;
  propositionId: PropositionId;
}

interface RoomUiState {
  status: RoomStatus;
  /** The last thing that went wrong opening, closing or relaying, for the panel to say. */
  error: string | null;
  vote: PhoneVote | null;
  setStatus(status: RoomStatus): void;
  setError(error: string | null): void;
  setVote(vote: PhoneVote | null): void;
}

const initialState = { status: CLOSED_ROOM_STATUS, error: null, vote: null };

/** The room as this window knows it: ephemeral, rebuilt from the host's status after a reload. */
export const useRoomUi = create<RoomUiState>()((set) => ({
  ...initialState,
  setStatus: (status) =>
    set((s) => ({
      status,
      vote: status.open ? s.vote : null,
      error: status.open ? s.error : null,
    })),
  setError: (error) => set({ error }),
  setVote: (vote) => set({ vote }),
}));
