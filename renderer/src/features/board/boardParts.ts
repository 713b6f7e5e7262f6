import { createContext, useContext, type ComponentType } from 'react';

import type { CardId, PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { CardKind } from '#shared/domain/types';

/**
 * What another feature adds to the board. The board names these places and draws what it is
 * given; the app lists the features once (renderer/src/app/features.ts), so the board imports none of them.
 */
export interface BoardPart {
  /** Controls in the board's toolbar, in the order the app lists features. */
  toolbar?: ComponentType<{ sessionId: SessionId; propositionId: PropositionId }>;
  /** Tools a laptop folds into the "More tools" menu (ToolbarMore.tsx); inline on a wide screen. */
  toolbarMore?: ComponentType<{ sessionId: SessionId; propositionId: PropositionId }>;
  /** A strip above the lanes, under the proposition (the room's join code and inbox). */
  panelAbove?: ComponentType<{ sessionId: SessionId }>;
  /** A panel before the lanes (the stage panel). */
  panelBefore?: ComponentType<{ sessionId: SessionId }>;
  /** A panel after the lanes (the room-view preview). */
  panelAfter?: ComponentType<{ sessionId: SessionId }>;
  /** A button among each card's actions (the room view's Spotlight). */
  cardAction?: ComponentType<{ sessionId: SessionId; cardId: CardId }>;
  /** The lane the current stage captures into, highlighted on the board (one feature gives it). */
  useCurrentLane?: (sessionId: SessionId) => LaneId | null;
  /** The kind a card typed into that lane gets (the Frame stage captures definitions). */
  useCaptureKind?: (sessionId: SessionId) => CardKind | null;
}

type Placed<K extends keyof BoardPart> = readonly NonNullable<BoardPart[K]>[];

/** Everything the features add, sorted by place once, so no card re-sorts it on each render. */
export interface BoardParts {
  toolbar: Placed<'toolbar'>;
  toolbarMore: Placed<'toolbarMore'>;
  panelsAbove: Placed<'panelAbove'>;
  panelsBefore: Placed<'panelBefore'>;
  panelsAfter: Placed<'panelAfter'>;
  cardActions: Placed<'cardAction'>;
  /** The lane the current stage captures into, highlighted on the board (null: none). */
  useCurrentLane: (sessionId: SessionId) => LaneId | null;
  useCaptureKind: (sessionId: SessionId) => CardKind | null;
}

export function gatherBoardParts(parts: readonly BoardPart[]): BoardParts {
  return {
    toolbar: parts.flatMap((p) => p.toolbar ?? []),
    toolbarMore: parts.flatMap((p) => p.toolbarMore ?? []),
    panelsAbove: parts.flatMap((p) => p.panelAbove ?? []),
    panelsBefore: parts.flatMap((p) => p.panelBefore ?? []),
    panelsAfter: parts.flatMap((p) => p.panelAfter ?? []),
    cardActions: parts.flatMap((p) => p.cardAction ?? []),
    useCurrentLane: parts.find((p) => p.useCurrentLane)?.useCurrentLane ?? (() => null),
    useCaptureKind: parts.find((p) => p.useCaptureKind)?.useCaptureKind ?? (() => null),
  };
}

const NO_BOARD_PARTS = gatherBoardParts([]);

/** Provided once by the app; a card, deep in the lanes, reads its actions from it too. */
export const BoardPartsContext = createContext<BoardParts>(NO_BOARD_PARTS);

export function useBoardParts(): BoardParts {
  return useContext(BoardPartsContext);
}
