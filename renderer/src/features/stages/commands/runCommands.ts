import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { SessionId } from '#shared/domain/ids';
import {
  currentPosition,
  enterStage,
  markRunStarted,
  neighbourStageId,
} from '#shared/stages/navigation';
import {
  extendTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  timerForStage,
  timerState,
} from '#shared/stages/timer';
import { MINUTE_MS, type StageId, type StagePlan, type StageTimer } from '#shared/stages/types';

import { loadPlan, loadTimer } from './stageData';

// Moving through stages and running the clock are not undoable: Ctrl+Z belongs to the board's
// content, and "undoing" time would make the agenda lie (docs/architecture.md, "Commands and undo":
// timer ticks stay out).

export type StageTarget = { sessionId: SessionId } & ({ step: 1 | -1 } | { stageId: StageId });

export const goToStage = defineCommand<StageTarget, StagePlan>({
  name: 'stage.goTo',
  label: 'Move to stage',
  tables: ['stagePlans', 'stageTimers'],
  undoable: false,
  async run(input, w, { db, now }) {
    const at = now();
    const plan = await loadPlan(db, input.sessionId, at);
    const target = 'step' in input ? neighbourStageId(plan, input.step) : input.stageId;
    if (target === null) {
      throw new CommandError(
        'invalid',
        'step' in input && input.step === 1
          ? 'This is the last stage of the plan.'
          : 'This is the first stage of the plan.',
      );
    }
    if (!plan.stages.some((s) => s.id === target))
      throw new CommandError('not-found', 'That stage is no longer in the plan.');
    const wasRunning = timerState(await loadTimer(db, plan)) === 'running';
    const next = { ...enterStage(plan, target, at), updatedAt: at };
    await w.put('stagePlans', plan.sessionId, next);
    // The new stage gets its own fresh timer; if the clock was running, it keeps running, so
    // "next stage" is one keystroke, not two.
    const stage = currentPosition(next).stage;
    const fresh = timerForStage(undefined, plan.sessionId, stage);
    await w.put('stageTimers', plan.sessionId, wasRunning ? startTimer(fresh, at) : fresh);
    return next;
  },
});

export type TimerAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'extend'; minutes: number }
  | { type: 'reset' };

export const changeTimer = defineCommand<{ sessionId: SessionId; action: TimerAction }, StageTimer>(
  {
    name: 'timer.change',
    label: 'Change timer',
    tables: ['stagePlans', 'stageTimers'],
    undoable: false,
    async run({ sessionId, action }, w, { db, now }) {
      const at = now();
      const plan = await loadPlan(db, sessionId, at);
      const timer = await loadTimer(db, plan);
      let next: StageTimer;
      switch (action.type) {
        case 'toggle':
          next = timerState(timer) === 'running' ? pauseTimer(timer, at) : startTimer(timer, at);
          break;
        case 'start':
          next = startTimer(timer, at);
          break;
        case 'pause':
          next = pauseTimer(timer, at);
          break;
        case 'extend':
          if (!Number.isFinite(action.minutes) || action.minutes <= 0)
            throw new CommandError('invalid', 'Add a whole number of minutes.');
          next = extendTimer(timer, action.minutes * MINUTE_MS);
          break;
        case 'reset':
          next = resetTimer(timer, currentPosition(plan).stage.durationMs);
          break;
      }
      // Starting the clock for the first time is when the session's run (and its agenda) begins.
      if (timerState(next) === 'running' && plan.runStartedAt === null) {
        await w.put('stagePlans', sessionId, { ...markRunStarted(plan, at), updatedAt: at });
      } else if (!(await db.stagePlans.get(sessionId))) {
        await w.put('stagePlans', sessionId, plan);
      }
      await w.put('stageTimers', sessionId, next);
      return next;
    },
  },
);

export const CHIME_SETTING = 'stages.chimeOn';

/** The chime at zero is on unless the facilitator mutes it; the choice survives a restart. */
export const setChime = defineCommand<{ on: boolean }, boolean>({
  name: 'timer.setChime',
  label: 'Chime at zero',
  tables: ['settings'],
  undoable: false,
  async run({ on }, w) {
    await w.put('settings', CHIME_SETTING, { key: CHIME_SETTING, value: on });
    return on;
  },
});
