import type { ComponentType } from 'react';

import { agreementFeature } from '../features/agreement';
import { boardFeature, gatherBoardParts, type BoardPart } from '../features/board';
import { exportFeature } from '../features/export';
import { gatherHomeParts, homeFeature, type HomePart } from '../features/home';
import { presenterFeature } from '../features/presenter';
import { recoveryFeature } from '../features/recovery';
import { roomFeature } from '../features/room';
import { stagesFeature } from '../features/stages';
import { synthesisFeature } from '../features/synthesis';
import type { RouteName, RouteScreens } from '../ui/useHashRoute';

/** What a feature may add to the facilitator's window; each exports one from its index.ts. */
export interface Feature {
  /** The screens it draws, by route name (a route belongs to exactly one feature). */
  screens?: RouteScreens;
  /** Toolbar controls, panels, card actions on the board. */
  boardPart?: BoardPart;
  /** A button among home's actions, or a panel above the sessions. */
  homePart?: HomePart;
  /** Mounted once for as long as the window is open (e.g. the rolling snapshots). */
  windowPart?: ComponentType;
}

/**
 * Every feature, listed once. The order is the order of what they add: the board's toolbar reads
 * stages, board, room view, agreement, export, the room; home's actions read stages, export, recovery.
 */
export const FEATURES: readonly Feature[] = [
  stagesFeature,
  boardFeature,
  presenterFeature,
  agreementFeature,
  exportFeature,
  recoveryFeature,
  roomFeature,
  synthesisFeature,
  homeFeature,
];

type AnyScreen = (route: { name: RouteName }) => React.ReactNode;

/** Route name → the screen that draws it, from whichever feature registered it. */
export function screensOf(features: readonly Feature[]): Map<RouteName, AnyScreen> {
  const screens = new Map<RouteName, AnyScreen>();
  for (const feature of features)
    for (const [name, screen] of Object.entries(feature.screens ?? {}) as [RouteName, AnyScreen][])
      screens.set(name, screen);
  return screens;
}

export const SCREENS = screensOf(FEATURES);
export const BOARD_PARTS = gatherBoardParts(FEATURES.flatMap((f) => f.boardPart ?? []));
export const HOME_PARTS = gatherHomeParts(FEATURES.flatMap((f) => f.homePart ?? []));
export const WINDOW_PARTS = FEATURES.flatMap((f) => f.windowPart ?? []);
