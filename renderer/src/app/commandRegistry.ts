import type { AppCommandName } from '#shared/commands/appCommandSpecs';
import {
  COMMAND_NAMES,
  COMMAND_SPECS,
  type BoardCommandName,
  type CommandName,
} from '#shared/commands/commandSpecs';

import type {
  AppCommandContext,
  BoardCommandContext,
  CommandBehaviours,
  RegisteredCommand,
} from '../commands/userCommand';
import { boardCommands } from '../features/board';
import { presenterCommands } from '../features/presenter';
import { stageCommands } from '../features/stages';
import { appCommands } from './appCommands';

/**
 * The one place the features' commands are combined (as Excalidraw's register.ts): each name in
 * shared/commands/commandSpecs.ts gets exactly one behaviour, or this does not compile.
 */
const boardBehaviours: CommandBehaviours<BoardCommandName, BoardCommandContext> = {
  ...stageCommands,
  ...presenterCommands,
  ...boardCommands,
};

function register<N extends CommandName, Ctx>(
  behaviours: CommandBehaviours<N, Ctx>,
): readonly RegisteredCommand<Ctx>[] {
  return COMMAND_NAMES.filter((name): name is N => name in behaviours).map((name) => ({
    name,
    ...COMMAND_SPECS[name],
    ...behaviours[name],
  }));
}

/** Commands of the whole window, in the order the overlay lists them. */
export const APP_COMMANDS = register<AppCommandName, AppCommandContext>(appCommands);
/** Commands of an open board, in the order the overlay lists them. */
export const BOARD_COMMANDS = register<BoardCommandName, BoardCommandContext>(boardBehaviours);
