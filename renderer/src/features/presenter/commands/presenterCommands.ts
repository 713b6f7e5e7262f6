import { defineCommand, type CommandContext } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { TxWriter } from '#renderer/commands/diff';
import { requireSession } from '#renderer/commands/rowGuards';
import type { CardId, SessionId } from '#shared/domain/ids';
import { LANES, type LaneId } from '#shared/domain/lanes';
import {
  defaultPresenterState,
  isTextScale,
  stepTextScale,
  TEXT_SCALES,
  visibleLanes,
  type PresenterMode,
  type PresenterState,
  type PresenterTheme,
} from '#shared/presenter/presenterState';

// What the room sees is not part of the board's content, so none of these commands enters the
// undo history: Ctrl+Z must undo the last card edit, not silently un-blank the projector.

async function currentState(
  { db, now }: CommandContext,
  sessionId: SessionId,
): Promise<PresenterState> {
  await requireSession(db, sessionId);
  return (await db.presenterState.get(sessionId)) ?? defaultPresenterState(sessionId, now());
}

/** Reads the session's presenter row (or the default), applies `change`, and writes it back. */
async function update(
  w: TxWriter,
  ctx: CommandContext,
  sessionId: SessionId,
  change: (state: PresenterState) => Partial<PresenterState> | Promise<Partial<PresenterState>>,
): Promise<PresenterState> {
  const state = await currentState(ctx, sessionId);
  const next: PresenterState = { ...state, ...(await change(state)), updatedAt: ctx.now() };
  await w.put('presenterState', sessionId, next);
  return next;
}

const TABLES = ['presenterState', 'cards'] as const;

/** Present: make sure the session has a presenter row and open the facilitator's presenter panel. */
export const startPresenting = defineCommand<{ sessionId: SessionId }, PresenterState>({
  name: 'presenter.start',
  label: 'Present',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId }, w, ctx) => update(w, ctx, sessionId, () => ({ panelOpen: true })),
});

export const setPresenterPanelOpen = defineCommand<
  { sessionId: SessionId; open: boolean },
  PresenterState
>({
  name: 'presenter.panel',
  label: 'Presenter controls',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, open }, w, ctx) => update(w, ctx, sessionId, () => ({ panelOpen: open })),
});

/** Choosing what to show un-blanks and drops any spotlight: the facilitator asked for this view. */
export const setPresenterMode = defineCommand<
  { sessionId: SessionId; mode: PresenterMode },
  PresenterState
>({
  name: 'presenter.mode',
  label: 'Show on screen',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, mode }, w, ctx) =>
    update(w, ctx, sessionId, () => ({ mode, blank: false, spotlightCardId: null })),
});

/** Blank screen; with no `blank` given it toggles, which is what the B key does. */
export const setBlankScreen = defineCommand<
  { sessionId: SessionId; blank?: boolean },
  PresenterState
>({
  name: 'presenter.blank',
  label: 'Blank screen',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, blank }, w, ctx) =>
    update(w, ctx, sessionId, (s) => ({ blank: blank ?? !s.blank })),
});

/**
 * Spotlight a card, or take it off the spotlight when it is already there. Spotlighting un-blanks:
 * the facilitator wants the room to look at this card now.
 */
export const toggleSpotlight = defineCommand<
  { sessionId: SessionId; cardId: CardId },
  PresenterState
>({
  name: 'presenter.spotlight',
  label: 'Spotlight',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, cardId }, w, ctx) =>
    update(w, ctx, sessionId, async (s) => {
      if (s.spotlightCardId === cardId) return { spotlightCardId: null };
      const card = await ctx.db.cards.get(cardId);
      if (!card || card.sessionId !== sessionId)
        throw new CommandError(
          'not-found',
          'That card has been deleted, so it cannot be spotlighted.',
        );
      return { spotlightCardId: cardId, blank: false };
    }),
});

export const clearSpotlight = defineCommand<{ sessionId: SessionId }, PresenterState>({
  name: 'presenter.spotlight.clear',
  label: 'Clear spotlight',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId }, w, ctx) => update(w, ctx, sessionId, () => ({ spotlightCardId: null })),
});

export const setLaneHidden = defineCommand<
  { sessionId: SessionId; lane: LaneId; hidden: boolean },
  PresenterState
>({
  name: 'presenter.lane',
  label: 'Hide lane',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, lane, hidden }, w, ctx) =>
    update(w, ctx, sessionId, (s) => {
      const rest = s.hiddenLanes.filter((l) => l !== lane);
      const hiddenLanes = hidden ? [...rest, lane] : rest;
      // An empty board on the wall looks broken; blanking is the deliberate way to show nothing.
      if (visibleLanes(hiddenLanes).length === 0) {
        throw new CommandError(
          'invalid',
          `${LANES[lane].label} is the last lane on screen. Keep one lane showing, or use Blank screen to show nothing.`,
        );
      }
      return { hiddenLanes };
    }),
});

export const setTextScale = defineCommand<{ sessionId: SessionId; scale: number }, PresenterState>({
  name: 'presenter.textScale',
  label: 'Text size',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, scale }, w, ctx) => {
    if (!isTextScale(scale))
      throw new CommandError(
        'invalid',
        `Text size must be one of ${TEXT_SCALES.map((s) => `${s * 100}%`).join(', ')}.`,
      );
    return update(w, ctx, sessionId, () => ({ textScale: scale }));
  },
});

/**
 * A+ / A− and the + / − keys: one step from the size stored now, read inside the write, so two
 * quick presses make two steps (a step computed from what the screen last showed made the second
 * press repeat the first).
 */
export const stepPresenterTextScale = defineCommand<
  { sessionId: SessionId; direction: 1 | -1 },
  PresenterState
>({
  name: 'presenter.textScaleStep',
  label: 'Text size',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, direction }, w, ctx) =>
    update(w, ctx, sessionId, (state) => ({
      textScale: stepTextScale(state.textScale, direction),
    })),
});

export const setPresenterTheme = defineCommand<
  { sessionId: SessionId; theme: PresenterTheme },
  PresenterState
>({
  name: 'presenter.theme',
  label: 'Screen colours',
  tables: TABLES,
  undoable: false,
  run: ({ sessionId, theme }, w, ctx) => update(w, ctx, sessionId, () => ({ theme })),
});
