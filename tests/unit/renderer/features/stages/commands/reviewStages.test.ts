import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { createSession } from '#renderer/commands/sessionCommands';
import { addReviewStages } from '#renderer/features/stages/commands/planCommands';
import { REVIEW_STAGE_TITLES } from '#shared/stages/reviewPlan';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('the review stages (docs/review.md)', () => {
  it('follow the day’s stages, which are kept, and the session moves to “What happened”; undo puts the plan back', async () => {
    const { session } = await buildSession(app);
    const before = (await app.db.stagePlans.get(session.id))!;
    const plan = await app.commands.run(addReviewStages, { sessionId: session.id });
    expect(plan.stages.slice(0, before.stages.length)).toEqual(before.stages);
    expect(plan.stages.slice(before.stages.length).map((s) => s.title)).toEqual([
      ...REVIEW_STAGE_TITLES,
    ]);
    const current = plan.stages.find((s) => s.id === plan.currentStageId)!;
    expect(current).toMatchObject({ title: 'What happened', lane: 'accountability' });
    expect(new Set(plan.stages.map((s) => s.id)).size).toBe(plan.stages.length);
    await expect(app.commands.run(addReviewStages, { sessionId: session.id })).rejects.toThrow(
      'The review stages are already in this session’s plan.',
    );
    await app.commands.undo();
    expect(await app.db.stagePlans.get(session.id)).toEqual(before);
  });

  it('are a built-in plan template for a session started for the review', async () => {
    const session = await app.commands.run(createSession, {
      title: 'Review, May',
      proposition: 'The library agreement, six months on',
      templateId: 'builtin:review' as never,
    });
    const plan = (await app.db.stagePlans.get(session.id))!;
    expect(plan.stages.map((s) => s.title)).toEqual([...REVIEW_STAGE_TITLES]);
  });
});
