import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { newId, type SessionId } from '#shared/domain/ids';
import { checkText } from '#shared/domain/text';
import { cloneStages } from '#shared/stages/defaultPlan';
import { currentPosition } from '#shared/stages/navigation';
import { applyPlanEdit, type PlanEdit } from '#shared/stages/planEdits';
import { timerState } from '#shared/stages/timer';
import type { PlanTemplate, PlanTemplateId, StagePlan } from '#shared/stages/types';

import { asCommandError, loadPlan, loadTimer } from './stageData';

export const TEMPLATE_NAME_LIMIT = 80;

/** Makes sure a session has a stored plan (sessions from before plans existed get the default). */
export const ensureStagePlan = defineCommand<{ sessionId: SessionId }, StagePlan>({
  name: 'plan.ensure',
  label: 'Prepare stage plan',
  tables: ['stagePlans'],
  undoable: false,
  async run({ sessionId }, w, { db, now }) {
    const existing = await db.stagePlans.get(sessionId);
    if (existing) return existing;
    const plan = await loadPlan(db, sessionId, now());
    await w.put('stagePlans', sessionId, plan);
    return plan;
  },
});

export const editPlan = defineCommand<{ sessionId: SessionId; edit: PlanEdit }, StagePlan>({
  name: 'plan.edit',
  label: 'Edit stage plan',
  tables: ['stagePlans', 'stageTimers'],
  undoable: true,
  async run({ sessionId, edit }, w, { db, now }) {
    const at = now();
    const plan = await loadPlan(db, sessionId, at);
    const next = { ...asCommandError(() => applyPlanEdit(plan, edit)), updatedAt: at };
    await w.put('stagePlans', sessionId, next);
    // A new length for the current stage should show on a clock nobody has started yet.
    const timer = await loadTimer(db, plan);
    const stage = currentPosition(next).stage;
    if (
      timerState(timer) === 'idle' &&
      (timer.stageId !== stage.id || timer.durationMs !== stage.durationMs)
    ) {
      await w.delete('stageTimers', sessionId);
    }
    await db.sessions.update(sessionId, { updatedAt: at });
    return next;
  },
});

function templateName(raw: string): string {
  const check = checkText(raw, TEMPLATE_NAME_LIMIT, 'template name');
  if (!check.ok)
    throw new CommandError(
      'invalid',
      check.reason === 'empty' ? 'Name the template so you can find it again.' : check.message,
    );
  return check.text;
}

/** What to do when a template already has the name: asked of the facilitator, never assumed. */
export type SameTemplateName = 'replace' | 'keep-both';

/** "Short plan" → "Short plan (2)", or the next number free. */
function freeName(name: string, taken: readonly PlanTemplate[]): string {
  const names = new Set(taken.map((t) => t.name.toLocaleLowerCase()));
  let n = 2;
  while (names.has(`${name} (${n})`.toLocaleLowerCase())) n++;
  return `${name} (${n})`;
}

/**
 * Saves a copy of the session's plan (stages, prompts, durations) for future sessions. A name
 * already taken is refused with code `conflict` until the facilitator says Replace or Keep both;
 * either way it is one undoable step.
 */
export const savePlanTemplate = defineCommand<
  { sessionId: SessionId; name: string; sameName?: SameTemplateName },
  PlanTemplate
>({
  name: 'template.save',
  label: 'Save plan as template',
  tables: ['stagePlans', 'planTemplates'],
  undoable: true,
  creates: true,
  async run({ sessionId, name, sameName }, w, { db, now }) {
    const clean = templateName(name);
    const at = now();
    const plan = await loadPlan(db, sessionId, at);
    const all = await db.planTemplates.toArray();
    const same = all.find((t) => t.name.toLocaleLowerCase() === clean.toLocaleLowerCase());
    if (same && !sameName)
      throw new CommandError(
        'conflict',
        `There is already a template called “${same.name}” (${same.stages.length} stages). Replace it, or keep both?`,
      );
    const replacing = same && sameName === 'replace' ? same : undefined;
    const template: PlanTemplate = {
      id: replacing?.id ?? newId<PlanTemplateId>(),
      name: replacing ? replacing.name : same ? freeName(clean, all) : clean,
      stages: cloneStages(plan.stages),
      createdAt: replacing?.createdAt ?? at,
      updatedAt: at,
    };
    await w.put('planTemplates', template.id, template);
    return template;
  },
});

export const deletePlanTemplate = defineCommand<{ templateId: PlanTemplateId }, void>({
  name: 'template.delete',
  label: 'Delete plan template',
  tables: ['planTemplates'],
  undoable: true,
  async run({ templateId }, w) {
    await w.delete('planTemplates', templateId);
  },
});
