import type { StateCreator } from 'zustand';

/** A slice of the window's store: its own fields and actions, created without knowing the rest. */
export type SliceCreator<T> = StateCreator<T, [], [], T>;
