import type { SessionId } from '#shared/domain/ids';
import { builtInTemplate } from '#shared/stages/builtInTemplates';
import { cloneStages, defaultStages } from '#shared/stages/defaultPlan';
import type { PlanTemplateId, StagePlan } from '#shared/stages/types';

import type { ParleyDb } from '../db/database';
import { CommandError } from './commandError';
import type { TxWriter } from './diff';

// Every session starts with a stage plan, so creating a session writes one. The plan's first
// shape lives here, below the features: session creation (commands/sessionCommands.ts) and the
// stages feature (which gives older sessions a plan on first use) both need it.

/** Builds the plan a new session starts with: a template's stages if one is chosen, else the default. */
export async function newSessionPlan(
  db: ParleyDb,
  sessionId: SessionId,
  templateId: PlanTemplateId | null | undefined,
  at: number,
): Promise<StagePlan> {
  let stages = defaultStages();
  const builtIn = templateId ? builtInTemplate(templateId) : undefined;
  if (builtIn) {
    stages = builtIn.stages();
  } else if (templateId) {
    const template = await db.planTemplates.get(templateId);
    if (!template)
      throw new CommandError(
        'not-found',
        'That plan template has been deleted; choose another or use the default plan.',
      );
    stages = cloneStages(template.stages);
  }
  return {
    sessionId,
    stages,
    currentStageId: stages[0]!.id,
    runStartedAt: null,
    actualStarts: {},
    updatedAt: at,
  };
}

/** Writes a new session's plan; called from createSession so no session is ever without one. */
export async function writeNewSessionPlan(
  w: TxWriter,
  db: ParleyDb,
  sessionId: SessionId,
  templateId: PlanTemplateId | null | undefined,
  at: number,
): Promise<StagePlan> {
  const plan = await newSessionPlan(db, sessionId, templateId, at);
  await w.put('stagePlans', sessionId, plan);
  return plan;
}
