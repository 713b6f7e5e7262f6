import type { StageCommandName } from '#shared/stages/commandSpecs';

import {
  runAndReport,
  type BoardCommandContext,
  type CommandBehaviours,
} from '../../commands/userCommand';
import { changeTimer, goToStage, setChime, type TimerAction } from './commands/runCommands';
import { toggleStagePanel } from './StagePanelToggle';

const timer = (ctx: BoardCommandContext, action: TimerAction) =>
  runAndReport(ctx, changeTimer, { sessionId: ctx.sessionId, action });

const notesBox = () =>
  document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Private notes"]');

/** What the stage panel's commands do (their words and keys: shared/stages/commandSpecs.ts). */
export const stageCommands: CommandBehaviours<StageCommandName, BoardCommandContext> = {
  'stage.next': {
    run: (ctx) => runAndReport(ctx, goToStage, { sessionId: ctx.sessionId, step: 1 }),
  },
  'stage.previous': {
    run: (ctx) => runAndReport(ctx, goToStage, { sessionId: ctx.sessionId, step: -1 }),
  },
  'timer.toggle': { run: (ctx) => timer(ctx, { type: 'toggle' }) },
  'timer.addOne': { run: (ctx) => timer(ctx, { type: 'extend', minutes: 1 }) },
  'timer.addFive': { run: (ctx) => timer(ctx, { type: 'extend', minutes: 5 }) },
  'timer.reset': { run: (ctx) => timer(ctx, { type: 'reset' }) },
  'timer.chime': {
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
  'panel.stage': { run: () => toggleStagePanel() },
  'notes.focus': {
    available: () => notesBox() !== null,
    run: () => notesBox()?.focus(),
  },
  'plan.edit': { run: (ctx) => ctx.openPlanEditor() },
  'help.shortcuts': { run: (ctx) => ctx.toggleShortcuts() },
};
