import { describe, expect, it } from 'vitest';

import type { SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';
import { cloneStages, defaultStages } from '#shared/stages/defaultPlan';
import { applyPlanEdit, PlanEditError } from '#shared/stages/planEdits';
import { PROMPT_LIBRARY } from '#shared/stages/prompts';
import { MINUTE_MS, STAGE_KINDS, type StageId, type StagePlan } from '#shared/stages/types';

let n = 0;
const makeId = () => `id-${++n}` as StageId;
function freshPlan(): StagePlan {
  const stages = defaultStages(makeId);
  return {
    sessionId: 's' as SessionId,
    stages,
    currentStageId: stages[0]!.id,
    runStartedAt: null,
    actualStarts: {},
    updatedAt: 0,
  };
}
const titles = (plan: StagePlan) => plan.stages.map((s) => s.title);

describe('default plan and prompt library', () => {
  it('walks the method in order, each stage with a purpose, prompts and a duration', () => {
    const stages = defaultStages(makeId);
    expect(stages.map((s) => s.kind)).toEqual([
      'frame',
      'legitimacy',
      'practicability',
      'accountability',
      'prioritise',
      'conclude',
      'negotiate',
    ]);
    for (const s of stages) {
      expect(s.purpose.length).toBeGreaterThan(10);
      expect(s.prompts.length).toBeGreaterThanOrEqual(3);
      expect(s.durationMs).toBeGreaterThanOrEqual(5 * MINUTE_MS);
    }
    expect(stages.filter((s) => s.lane && LANES[s.lane].isLens).map((s) => s.lane)).toEqual([
      'legitimacy',
      'practicability',
      'accountability',
    ]);
  });

  it('has at least six prompts per lens and three for every other stage, none repeated', () => {
    for (const kind of STAGE_KINDS) {
      if (kind === 'custom') continue;
      const prompts = PROMPT_LIBRARY[kind];
      const lens = kind === 'legitimacy' || kind === 'practicability' || kind === 'accountability';
      expect(prompts.length).toBeGreaterThanOrEqual(lens ? 6 : 3);
      expect(new Set(prompts).size).toBe(prompts.length);
    }
  });

  it('copies stages with new ids so two sessions never share a stage', () => {
    const original = defaultStages(makeId);
    const copy = cloneStages(original, makeId);
    expect(copy.map((s) => s.title)).toEqual(original.map((s) => s.title));
    expect(copy.some((s, i) => s.id === original[i]!.id)).toBe(false);
    copy[0]!.prompts.push('only in the copy');
    expect(original[0]!.prompts).not.toContain('only in the copy');
  });
});

describe('plan edits', () => {
  it('renames, re-purposes and retimes a stage without touching the original plan', () => {
    const plan = freshPlan();
    const id = plan.stages[1]!.id;
    let next = applyPlanEdit(plan, { type: 'rename', stageId: id, title: '  Who agreed? ' });
    next = applyPlanEdit(next, { type: 'setPurpose', stageId: id, purpose: 'Mandate and consent' });
    next = applyPlanEdit(next, { type: 'setMinutes', stageId: id, minutes: 25 });
    expect(next.stages[1]).toMatchObject({
      title: 'Who agreed?',
      purpose: 'Mandate and consent',
      durationMs: 25 * MINUTE_MS,
    });
    expect(plan.stages[1]!.title).toBe('Legitimacy');
  });

  it('edits prompts one per line, dropping blank lines', () => {
    const plan = freshPlan();
    const id = plan.stages[0]!.id;
    const next = applyPlanEdit(plan, {
      type: 'setPrompts',
      stageId: id,
      prompts: ['First?', '', '  Second?  '],
    });
    expect(next.stages[0]!.prompts).toEqual(['First?', 'Second?']);
  });

  it('reorders stages, clamping the target to the plan', () => {
    const plan = freshPlan();
    const moved = applyPlanEdit(plan, { type: 'move', stageId: plan.stages[4]!.id, to: 1 });
    expect(titles(moved).slice(0, 3)).toEqual([
      'Frame the proposition',
      'Prioritise',
      'Legitimacy',
    ]);
    const last = applyPlanEdit(plan, { type: 'move', stageId: plan.stages[0]!.id, to: 99 });
    expect(titles(last).at(-1)).toBe('Frame the proposition');
  });

  it('adds a stage after another, or at the start', () => {
    const plan = freshPlan();
    const added = applyPlanEdit(
      plan,
      { type: 'add', after: plan.stages[0]!.id, title: 'Coffee' },
      makeId,
    );
    expect(titles(added)[1]).toBe('Coffee');
    expect(added.stages[1]).toMatchObject({
      kind: 'custom',
      durationMs: 10 * MINUTE_MS,
      prompts: [],
    });
    expect(
      titles(applyPlanEdit(plan, { type: 'add', after: null, title: 'Welcome' }, makeId))[0],
    ).toBe('Welcome');
  });

  it('removes a stage, moving the session on if it was the current one', () => {
    const plan = { ...freshPlan() };
    plan.currentStageId = plan.stages[6]!.id;
    const removed = applyPlanEdit(plan, { type: 'remove', stageId: plan.stages[6]!.id });
    expect(removed.stages).toHaveLength(6);
    expect(removed.currentStageId).toBe(plan.stages[5]!.id);
  });

  it('refuses edits that would leave a broken plan, with a reason', () => {
    const plan = freshPlan();
    const id = plan.stages[0]!.id;
    expect(() => applyPlanEdit(plan, { type: 'rename', stageId: id, title: '   ' })).toThrow(
      PlanEditError,
    );
    expect(() => applyPlanEdit(plan, { type: 'setMinutes', stageId: id, minutes: 0 })).toThrow(
      /between 1 and 240 minutes/,
    );
    expect(() =>
      applyPlanEdit(plan, { type: 'setMinutes', stageId: id, minutes: Number.NaN }),
    ).toThrow(/between/);
    expect(() =>
      applyPlanEdit(plan, { type: 'setPrompts', stageId: id, prompts: ['x'.repeat(301)] }),
    ).toThrow(/keep each under 300/);
    expect(() => applyPlanEdit(plan, { type: 'remove', stageId: 'gone' as StageId })).toThrow(
      /no longer in the plan/,
    );
    let single = plan;
    for (const s of plan.stages.slice(1))
      single = applyPlanEdit(single, { type: 'remove', stageId: s.id });
    expect(() => applyPlanEdit(single, { type: 'remove', stageId: id })).toThrow(
      /at least one stage/,
    );
  });
});
