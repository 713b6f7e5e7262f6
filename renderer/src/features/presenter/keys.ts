import type { PresenterCommandName } from '#shared/presenter/commandSpecs';

import {
  runAndReport,
  type BoardCommandContext,
  type CommandBehaviours,
} from '../../commands/userCommand';
import { setBlankScreen } from './commands/presenterCommands';

/** What the room screen's commands do (words and keys: shared/presenter/commandSpecs.ts). */
export const presenterCommands: CommandBehaviours<PresenterCommandName, BoardCommandContext> = {
  'room.blank': { run: (ctx) => runAndReport(ctx, setBlankScreen, { sessionId: ctx.sessionId }) },
};
