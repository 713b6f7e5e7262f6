import { createContext } from 'react';

import type { CommandSpec } from '#shared/commands/commandSpec';
import type { CommandName } from '#shared/commands/commandSpecs';
import { keyMatches, type KeyPress } from '#shared/commands/keyBinding';
import type { SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

import type { Command } from './command';
import type { CommandOutcome } from './useCommands';

/**
 * What a board command may do besides running data commands: move focus, open things, speak.
 * The open board provides it; a board command cannot run without one.
 */
export interface BoardCommandContext {
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

/** What a command of the whole window may do. */
export interface AppCommandContext {
  newSession(): void;
  home(): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * What a user-facing command does; its words and keys are its CommandSpec in shared/. (A user
 * command is what the facilitator asks for by name; it changes data only through `ctx.run`.)
 */
export interface CommandBehaviour<Ctx> {
  /** False when it cannot run now: its key is left alone and nothing happens. */
  available?(ctx: Ctx): boolean;
  run(ctx: Ctx): Promise<void> | void;
}

/** One behaviour for each of a feature's command names, no more and no fewer. */
export type CommandBehaviours<N extends CommandName, Ctx> = {
  readonly [K in N]: CommandBehaviour<Ctx>;
};

export interface RegisteredCommand<Ctx> extends CommandSpec, CommandBehaviour<Ctx> {
  readonly name: CommandName;
}

export function isAvailable<Ctx>(command: CommandBehaviour<Ctx>, ctx: Ctx): boolean {
  return command.available?.(ctx) ?? true;
}

/** The command a key press runs, if any: the test every keyboard handler uses. */
export function commandForKey<Ctx>(
  commands: readonly RegisteredCommand<Ctx>[],
  press: KeyPress,
): RegisteredCommand<Ctx> | undefined {
  return commands.find((c) => c.keys.some((binding) => keyMatches(press, binding)));
}

/**
 * The board's commands, provided by the app shell (which combines every feature's) to the board's
 * keyboard handler: features list their own commands without importing one another.
 */
export const BoardCommandsContext = createContext<
  readonly RegisteredCommand<BoardCommandContext>[]
>([]);

/** Runs a data command for a board command; a refusal ("already at the last stage") is a notice. */
export async function runAndReport<I, O>(
  ctx: BoardCommandContext,
  command: Command<I, O>,
  input: I,
): Promise<void> {
  const outcome = await ctx.run(command, input);
  if (!outcome.ok) ctx.notify(outcome.message, 'info');
}
