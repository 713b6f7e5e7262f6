import { describe, expect, it } from 'vitest';

import { manualClock } from '#fixtures/builders';
import type { SessionId } from '#shared/domain/ids';
import { defaultStages, totalDurationMs } from '#shared/stages/defaultPlan';
import { enterStage, markRunStarted, neighbourStageId } from '#shared/stages/navigation';
import {
  agendaRows,
  describeDrift,
  driftMs,
  formatSpan,
  plannedOffsets,
} from '#shared/stages/schedule';
import { MINUTE_MS, type StageId, type StagePlan } from '#shared/stages/types';

let n = 0;
function freshPlan(): StagePlan {
  const stages = defaultStages(() => `stage-${++n}` as StageId);
  return {
    sessionId: 's' as SessionId,
    stages,
    currentStageId: stages[0]!.id,
    runStartedAt: null,
    actualStarts: {},
    updatedAt: 0,
  };
}

describe('agenda and schedule', () => {
  it('plans each stage to start when the ones before it end', () => {
    expect(plannedOffsets([10, 20, 5])).toEqual([0, 10, 30]);
    const rows = agendaRows(freshPlan());
    expect(rows.map((r) => formatSpan(r.plannedOffsetMs))).toEqual([
      '0 min',
      '10 min',
      '30 min',
      '50 min',
      '1 h 10 min',
      '1 h 20 min',
      '1 h 35 min',
    ]);
    // Never "2:00", which reads as two minutes.
    expect(formatSpan(totalDurationMs(freshPlan().stages))).toBe('2 h');
    expect(totalDurationMs(freshPlan().stages)).toBe(120 * MINUTE_MS);
  });

  it('has no clock times and no drift until the run starts', () => {
    const clock = manualClock();
    const plan = freshPlan();
    expect(
      agendaRows(plan).every((r) => r.plannedStartAt === null && r.actualStartAt === null),
    ).toBe(true);
    expect(driftMs(plan, 10 * MINUTE_MS, clock.now())).toBeNull();
    expect(describeDrift(null)).toBe('Not started');
  });

  it('dates planned starts from the start of the run and records actual starts', () => {
    const clock = manualClock();
    let plan = markRunStarted(freshPlan(), clock.now());
    const start = clock.now();
    clock.advance(12 * MINUTE_MS);
    plan = enterStage(plan, plan.stages[1]!.id, clock.now());
    const rows = agendaRows(plan);
    expect(rows[1]).toMatchObject({
      plannedStartAt: start + 10 * MINUTE_MS,
      actualStartAt: start + 12 * MINUTE_MS,
      status: 'current',
    });
    expect(rows[0]!.status).toBe('done');
    expect(rows[2]!.status).toBe('upcoming');
  });

  it('is behind when a stage starts late, and ahead when the group moves on early', () => {
    const clock = manualClock();
    let plan = markRunStarted(freshPlan(), clock.now());
    clock.advance(13 * MINUTE_MS);
    plan = enterStage(plan, plan.stages[1]!.id, clock.now());
    // Legitimacy has its full 20 minutes left, so it will end 3 minutes after its planned end.
    expect(driftMs(plan, 20 * MINUTE_MS, clock.now())).toBe(3 * MINUTE_MS);
    expect(describeDrift(3 * MINUTE_MS)).toBe('3 min behind');

    clock.advance(14 * MINUTE_MS);
    plan = enterStage(plan, plan.stages[2]!.id, clock.now());
    expect(driftMs(plan, 20 * MINUTE_MS, clock.now())).toBe(-3 * MINUTE_MS);
    expect(describeDrift(-3 * MINUTE_MS)).toBe('3 min ahead');
  });

  it('counts overtime and paused time as falling behind', () => {
    const clock = manualClock();
    const plan = markRunStarted(freshPlan(), clock.now());
    clock.advance(12 * MINUTE_MS);
    // Frame was planned for 10 minutes and its timer ran 2 minutes over.
    expect(driftMs(plan, -2 * MINUTE_MS, clock.now())).toBe(2 * MINUTE_MS);
    // Or the timer was paused with 5 minutes still on it at the 12-minute mark.
    expect(driftMs(plan, 5 * MINUTE_MS, clock.now())).toBe(7 * MINUTE_MS);
  });

  it('calls small differences on time', () => {
    expect(describeDrift(20_000)).toBe('On time');
    expect(describeDrift(-29_000)).toBe('On time');
    expect(describeDrift(40_000)).toBe('under a minute behind');
  });

  it('keeps the first time a stage was entered when the group goes back to it', () => {
    const clock = manualClock();
    let plan = freshPlan();
    const [first, second] = plan.stages;
    plan = enterStage(plan, second!.id, clock.now());
    const firstEntered = clock.now();
    clock.advance(MINUTE_MS);
    plan = enterStage(enterStage(plan, first!.id, clock.now()), second!.id, clock.now());
    expect(plan.actualStarts[second!.id]).toBe(firstEntered);
  });
});

describe('stage navigation', () => {
  it('stops at both ends of the plan instead of wrapping round', () => {
    const clock = manualClock();
    let plan = freshPlan();
    expect(neighbourStageId(plan, -1)).toBeNull();
    const visited: string[] = [plan.currentStageId];
    for (let next = neighbourStageId(plan, 1); next; next = neighbourStageId(plan, 1)) {
      plan = enterStage(plan, next, clock.now());
      visited.push(next);
    }
    expect(visited).toEqual(plan.stages.map((s) => s.id));
    expect(neighbourStageId(plan, 1)).toBeNull();
    expect(neighbourStageId(plan, -1)).toBe(plan.stages.at(-2)!.id);
  });

  it('ignores a move to a stage that is not in the plan', () => {
    const plan = freshPlan();
    expect(enterStage(plan, 'gone' as StageId, 0)).toBe(plan);
  });
});
