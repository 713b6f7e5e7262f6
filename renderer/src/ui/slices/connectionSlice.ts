import type { SliceCreator } from './slice';

export type ConnectionState = 'open' | 'upgraded-elsewhere' | 'deleted-elsewhere' | 'blocked';

/** Per-window and ephemeral: whether another window has changed the database under this one. */
export interface ConnectionSlice {
  connection: ConnectionState;
  setConnection(state: ConnectionState): void;
}

export const initialConnection = { connection: 'open' } satisfies Partial<ConnectionSlice>;

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set) => ({
  ...initialConnection,
  setConnection: (connection) => set({ connection }),
});
