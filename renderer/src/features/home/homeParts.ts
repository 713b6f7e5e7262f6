import { createContext, useContext, type ComponentType } from 'react';

/**
 * What another feature adds to the home screen: a button among its actions (open the example,
 * import a backup, restore a snapshot), drawn in the order the app lists features.
 */
export interface HomePart {
  action?: ComponentType;
  /** A panel above the sessions (e.g. the agreements due for review). */
  panel?: ComponentType;
}

export interface HomeParts {
  actions: readonly ComponentType[];
  panels: readonly ComponentType[];
}

export function gatherHomeParts(parts: readonly HomePart[]): HomeParts {
  return {
    actions: parts.flatMap((p) => p.action ?? []),
    panels: parts.flatMap((p) => p.panel ?? []),
  };
}

/** Provided once by the app (renderer/src/app/features.ts). */
export const HomePartsContext = createContext<HomeParts>({ actions: [], panels: [] });

export function useHomeParts(): HomeParts {
  return useContext(HomePartsContext);
}
