import { BOARD_COMMAND_SPECS } from '../board/commandSpecs';
import { PRESENTER_COMMAND_SPECS } from '../presenter/commandSpecs';
import { STAGE_COMMAND_SPECS } from '../stages/commandSpecs';
import { APP_COMMAND_SPECS, type AppCommandName } from './appCommandSpecs';
import type { CommandSpec } from './commandSpec';

/**
 * Every user-facing command, by name: each feature lists its own, and this is the one place they
 * are combined. The keyboard handlers, the `?` overlay and the desktop menu are all built from it,
 * so a name the compiler does not know cannot be bound, shown or sent.
 */
const ALL_SPECS = {
  ...APP_COMMAND_SPECS,
  ...STAGE_COMMAND_SPECS,
  ...PRESENTER_COMMAND_SPECS,
  ...BOARD_COMMAND_SPECS,
};

export type CommandName = keyof typeof ALL_SPECS;
export const COMMAND_SPECS: Readonly<Record<CommandName, CommandSpec>> = ALL_SPECS;
/** Names of the commands that need an open board (all but the window's own). */
export type BoardCommandName = Exclude<CommandName, AppCommandName>;

/** `app` commands run anywhere in the facilitator's window; `board` ones need an open board. */
export type CommandScope = 'app' | 'board';
export function scopeOf(name: CommandName): CommandScope {
  return name in APP_COMMAND_SPECS ? 'app' : 'board';
}

export const COMMAND_NAMES = Object.keys(COMMAND_SPECS) as [CommandName, ...CommandName[]];
