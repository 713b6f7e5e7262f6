import type { AppCommandName } from '#shared/commands/appCommandSpecs';

import type { AppCommandContext, CommandBehaviours } from '../commands/userCommand';

/** What the window's own commands do (words and keys: shared/commands/appCommandSpecs.ts). */
export const appCommands: CommandBehaviours<AppCommandName, AppCommandContext> = {
  'session.new': { run: (ctx) => ctx.newSession() },
  'app.home': { run: (ctx) => ctx.home() },
  'board.undo': { run: (ctx) => ctx.undo() },
  'board.redo': { run: (ctx) => ctx.redo() },
};
