import type { Command } from '#renderer/commands/command';
import type { CommandOutcome } from '#renderer/commands/useCommands';
import type { SessionId } from '#shared/domain/ids';
import { LANE_IDS, LANES, type LaneId } from '#shared/domain/lanes';

// The one import of another feature's internals left, on purpose: the presenter's index pulls in
// its screens (and the bridge, which needs a window), which this key map, run under node in
// tests, must not. It goes when each feature owns its own keys (issue 12's command registry).
// eslint-disable-next-line parley-boundaries/feature-boundaries
import { setBlankScreen } from '../../presenter/commands/presenterCommands';
import { changeTimer, goToStage, setChime } from '../commands/runCommands';

/** What a named command may do besides running data commands: move focus, open things, speak. */
export interface FacilitationContext {
  sessionId: SessionId;
  run<I, O>(command: Command<I, O>, input: I): Promise<CommandOutcome<O>>;
  /** The lane capture goes to now: the one switched to, else the current stage's. */
  captureLane(): LaneId;
  switchCaptureLane(lane: LaneId): void;
  chimeOn: boolean;
  /** While the shortcut overlay is open, only `?` (and Esc, handled by the overlay) act. */
  shortcutsOpen: boolean;
  toggleShortcuts(): void;
  openPlanEditor(): void;
  notify(message: string, tone?: 'info' | 'error'): void;
}

/**
 * A command the facilitator can run by name: from a key, from the shortcut overlay or from a
 * button. The keyboard handler and the `?` overlay both read this one list, so they never disagree.
 */
export interface NamedCommand {
  name: string;
  label: string;
  /** `KeyboardEvent.key` values that run it (no modifiers: Ctrl/Cmd/Alt combinations stay the browser's). */
  keys: readonly string[];
  /** How the overlay shows the keys. */
  keyHint: string;
  run(ctx: FacilitationContext): Promise<void> | void;
}

/** Finds a lane's capture box by its accessible name, which the automation contract keeps stable. */
export function focusCaptureBox(lane: LaneId): boolean {
  const box = document.querySelector<HTMLTextAreaElement>(
    `textarea[aria-label="Add to ${LANES[lane].label}"]`,
  );
  if (!box) return false;
  box.focus();
  box.scrollIntoView({ block: 'nearest' });
  return true;
}

async function report(
  ctx: FacilitationContext,
  outcome: Promise<CommandOutcome<unknown>>,
): Promise<void> {
  const result = await outcome;
  if (!result.ok) ctx.notify(result.message, 'info');
}

/**
 * The capture box a shortcut has just put the cursor in, while nothing is typed there yet: in it,
 * L pressed again moves on to the next lane (instead of typing "l"), so L L L walks the lanes.
 */
let arrivedBox: HTMLElement | null = null;

function captureInto(ctx: FacilitationContext, lane: LaneId): void {
  ctx.switchCaptureLane(lane);
  if (focusCaptureBox(lane)) arrivedBox = document.activeElement as HTMLElement;
}

/** The named command a key runs inside a text box: only L, in a box a shortcut just emptied into. */
export function commandForKeyInTextBox(key: string, target: HTMLElement): NamedCommand | undefined {
  const arrived = target === arrivedBox && (target as HTMLTextAreaElement).value === '';
  if (!arrived) arrivedBox = null;
  return arrived && key === 'l'
    ? FACILITATION_COMMANDS.find((c) => c.name === 'capture.switchLane')
    : undefined;
}

const laneCommands: NamedCommand[] = LANE_IDS.map((lane, i) => ({
  name: `capture.lane.${lane}`,
  label: `Capture into ${LANES[lane].label}`,
  keys: [String(i + 1)],
  keyHint: String(i + 1),
  run: (ctx) => captureInto(ctx, lane),
}));

export const FACILITATION_COMMANDS: readonly NamedCommand[] = [
  {
    name: 'stage.next',
    label: 'Next stage',
    keys: ['n', 'PageDown'],
    keyHint: 'N or Page Down',
    run: (ctx) => report(ctx, ctx.run(goToStage, { sessionId: ctx.sessionId, step: 1 })),
  },
  // B belongs to "Blank screen" (the automation contract), so the way back is P.
  {
    name: 'stage.previous',
    label: 'Previous stage',
    keys: ['p', 'PageUp'],
    keyHint: 'P or Page Up',
    run: (ctx) => report(ctx, ctx.run(goToStage, { sessionId: ctx.sessionId, step: -1 })),
  },
  {
    name: 'room.blank',
    label: 'Blank the room screen (or show it again)',
    keys: ['b'],
    keyHint: 'B',
    run: (ctx) => report(ctx, ctx.run(setBlankScreen, { sessionId: ctx.sessionId })),
  },
  {
    name: 'timer.toggle',
    label: 'Start or pause the timer',
    keys: ['t'],
    keyHint: 'T',
    run: (ctx) =>
      report(ctx, ctx.run(changeTimer, { sessionId: ctx.sessionId, action: { type: 'toggle' } })),
  },
  {
    name: 'timer.addOne',
    label: 'Add 1 minute',
    keys: ['='],
    keyHint: '=',
    run: (ctx) =>
      report(
        ctx,
        ctx.run(changeTimer, { sessionId: ctx.sessionId, action: { type: 'extend', minutes: 1 } }),
      ),
  },
  {
    name: 'timer.addFive',
    label: 'Add 5 minutes',
    keys: ['+'],
    keyHint: '+ (Shift and =)',
    run: (ctx) =>
      report(
        ctx,
        ctx.run(changeTimer, { sessionId: ctx.sessionId, action: { type: 'extend', minutes: 5 } }),
      ),
  },
  {
    name: 'timer.reset',
    label: 'Reset the timer',
    keys: ['R'],
    keyHint: 'Shift and R',
    run: (ctx) =>
      report(ctx, ctx.run(changeTimer, { sessionId: ctx.sessionId, action: { type: 'reset' } })),
  },
  {
    name: 'timer.chime',
    label: 'Chime at zero on or off',
    keys: ['m'],
    keyHint: 'M',
    run: async (ctx) => {
      const outcome = await ctx.run(setChime, { on: !ctx.chimeOn });
      ctx.notify(
        outcome.ok
          ? outcome.value
            ? 'Chime on: it sounds when time runs out.'
            : 'Chime muted.'
          : outcome.message,
        outcome.ok ? 'info' : 'error',
      );
    },
  },
  {
    name: 'capture.focus',
    label: 'Type into the current lane',
    keys: ['c'],
    keyHint: 'C',
    run: (ctx) => captureInto(ctx, ctx.captureLane()),
  },
  {
    name: 'capture.switchLane',
    label: 'Switch capture to the next lane',
    keys: ['l'],
    keyHint: 'L',
    run: (ctx) =>
      captureInto(ctx, LANE_IDS[(LANE_IDS.indexOf(ctx.captureLane()) + 1) % LANE_IDS.length]!),
  },
  ...laneCommands,
  {
    name: 'notes.focus',
    label: 'Write private notes',
    keys: ['w'],
    keyHint: 'W',
    run: () =>
      document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Private notes"]')?.focus(),
  },
  {
    name: 'plan.edit',
    label: 'Edit the stage plan',
    keys: ['e'],
    keyHint: 'E',
    run: (ctx) => ctx.openPlanEditor(),
  },
  {
    name: 'help.shortcuts',
    label: 'Show or hide keyboard shortcuts',
    keys: ['?'],
    keyHint: '?',
    run: (ctx) => ctx.toggleShortcuts(),
  },
];

/** Keys that work inside text boxes too, listed in the overlay for completeness. */
export const TEXT_BOX_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Enter', 'Add the card you are typing'],
  ['Shift and Enter', 'New line in a card'],
  ['Esc', 'Leave the text box, so shortcuts work again'],
  ['L again', 'In a lane box L has just opened, before typing: the next lane'],
  ['Ctrl and Z', 'Undo the last board change (outside a text box)'],
  ['Ctrl and Shift and Z', 'Redo what was undone (outside a text box)'],
];

export function commandForKey(key: string): NamedCommand | undefined {
  return FACILITATION_COMMANDS.find((c) => c.keys.includes(key));
}

/**
 * How a named command arrives from outside the board (the desktop app's Session menu): a
 * cancelable window event that the open board's keyboard handler takes and cancels.
 */
const RUN_EVENT = 'parley:facilitation-command';

/** Asks the open board to run a named command; false when no board is open to run it. */
export function requestFacilitationCommand(name: string): boolean {
  return !window.dispatchEvent(new CustomEvent(RUN_EVENT, { detail: name, cancelable: true }));
}

/** Listens for requested commands; returns the unsubscribe. */
export function onFacilitationCommandRequest(run: (command: NamedCommand) => void): () => void {
  const listener = (event: Event) => {
    const command = FACILITATION_COMMANDS.find(
      (c) => c.name === (event as CustomEvent<string>).detail,
    );
    if (!command) return;
    event.preventDefault();
    run(command);
  };
  window.addEventListener(RUN_EVENT, listener);
  return () => window.removeEventListener(RUN_EVENT, listener);
}
