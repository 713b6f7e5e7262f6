import type { CardId, SessionId } from '../domain/ids';
import { LANE_IDS, type LaneId } from '../domain/lanes';
import type { EpochMs } from '../domain/types';

/**
 * What the room sees (docs/architecture.md, "Two windows"). One row per session, written only by
 * the facilitator's commands and read by the presenter window through the shared database, so the
 * projected screen survives a reload of either window and never depends on a message getting
 * through.
 */

/** What the screen shows when it is neither blanked nor spotlighting a card. */
export const PRESENTER_MODES = ['board', 'prompt', 'agreement', 'practicability'] as const;
export type PresenterMode = (typeof PRESENTER_MODES)[number];

export const PRESENTER_THEMES = ['dark', 'light'] as const;
export type PresenterTheme = (typeof PRESENTER_THEMES)[number];

/** Text-size steps the facilitator can pick; 1 is the size tuned for a 16:9 projector. */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;
export const DEFAULT_TEXT_SCALE = 1;

export interface PresenterState {
  sessionId: SessionId;
  mode: PresenterMode;
  /**
   * Kept apart from `mode` so that un-blanking returns the room to exactly what it saw before
   * (a facilitator blanks to pull attention back, then carries on where they were).
   */
  blank: boolean;
  /** A card shown large over the board; cleared when the facilitator picks a mode. */
  spotlightCardId: CardId | null;
  hiddenLanes: LaneId[];
  textScale: number;
  theme: PresenterTheme;
  /** Whether the facilitator's presenter panel (controls + live preview) is open on the board. */
  panelOpen: boolean;
  updatedAt: EpochMs;
}

export function defaultPresenterState(sessionId: SessionId, now: EpochMs): PresenterState {
  return {
    sessionId,
    mode: 'board',
    blank: false,
    spotlightCardId: null,
    hiddenLanes: [],
    textScale: DEFAULT_TEXT_SCALE,
    theme: 'dark',
    panelOpen: false,
    updatedAt: now,
  };
}

/** What the screen is showing, in order of precedence: blank beats spotlight beats the mode. */
export type PresenterView =
  { kind: 'blank' } | { kind: 'spotlight'; cardId: CardId } | { kind: PresenterMode };

export function presenterView(
  state: Pick<PresenterState, 'blank' | 'spotlightCardId' | 'mode'>,
): PresenterView {
  if (state.blank) return { kind: 'blank' };
  if (state.spotlightCardId) return { kind: 'spotlight', cardId: state.spotlightCardId };
  return { kind: state.mode };
}

export function isTextScale(value: unknown): value is (typeof TEXT_SCALES)[number] {
  return typeof value === 'number' && (TEXT_SCALES as readonly number[]).includes(value);
}

/** The next text-size step up or down, staying at the ends; an unknown size snaps to the nearest step. */
export function stepTextScale(current: number, direction: 1 | -1): number {
  let nearest = 0;
  TEXT_SCALES.forEach((scale, i) => {
    if (Math.abs(scale - current) < Math.abs(TEXT_SCALES[nearest]! - current)) nearest = i;
  });
  const next = Math.min(TEXT_SCALES.length - 1, Math.max(0, nearest + direction));
  return TEXT_SCALES[next]!;
}

/** The lanes on screen, in board order. */
export function visibleLanes(hidden: readonly LaneId[]): LaneId[] {
  return LANE_IDS.filter((lane) => !hidden.includes(lane));
}

/** "115%": how the text size is named on the control and announced to screen readers. */
export function formatTextScale(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
