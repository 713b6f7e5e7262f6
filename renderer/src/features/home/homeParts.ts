import { createContext, useContext, type ComponentType } from 'react';

/**
 * What another feature adds to the home screen: a button among its actions (open the example,
 * import a backup, restore a snapshot), drawn in the order the app lists features.
 */
export interface HomePart {
  action?: ComponentType;
}

export function gatherHomeActions(parts: readonly HomePart[]): readonly ComponentType[] {
  return parts.flatMap((p) => p.action ?? []);
}

/** Provided once by the app (renderer/src/app/features.ts). */
export const HomeActionsContext = createContext<readonly ComponentType[]>([]);

export function useHomeActions(): readonly ComponentType[] {
  return useContext(HomeActionsContext);
}
