import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { type CommandError } from '#renderer/commands/commandError';
import { DOUBLE_ACTIVATION_MS } from '#renderer/commands/commandRunner';
import { editPlan, savePlanTemplate } from '#renderer/features/stages/commands/planCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

/** A session whose plan has seven stages saved as "Short plan", then cut to six. */
async function sevenThenSix() {
  const { session } = await buildSession(app);
  const seven = await app.commands.run(savePlanTemplate, {
    sessionId: session.id,
    name: 'Short plan',
  });
  const plan = (await app.db.stagePlans.get(session.id))!;
  await app.commands.run(editPlan, {
    sessionId: session.id,
    edit: { type: 'remove', stageId: plan.stages[4]!.id },
  });
  return { session, seven };
}

describe('saving a template under a name already taken', () => {
  it('asks instead of overwriting: nothing changes until the facilitator chooses', async () => {
    const { session, seven } = await sevenThenSix();
    const refused = app.commands.run(savePlanTemplate, {
      sessionId: session.id,
      name: 'short plan',
    });
    await expect(refused).rejects.toThrow(/already a template called “Short plan”/);
    await expect(refused).rejects.toMatchObject({
      code: 'conflict',
    } satisfies Partial<CommandError>);
    expect((await app.db.planTemplates.get(seven.id))!.stages).toHaveLength(7);
    expect(await app.db.planTemplates.count()).toBe(1);
  });

  it('Replace overwrites it, and Undo brings the old one back', async () => {
    const { session, seven } = await sevenThenSix();
    const replaced = await app.commands.run(savePlanTemplate, {
      sessionId: session.id,
      name: 'Short plan',
      sameName: 'replace',
    });
    expect(replaced.id).toBe(seven.id);
    expect((await app.db.planTemplates.get(seven.id))!.stages).toHaveLength(6);
    await app.commands.undo();
    expect((await app.db.planTemplates.get(seven.id))!.stages).toHaveLength(7);
  });

  it('Keep both saves the new one under a numbered name', async () => {
    const { session, seven } = await sevenThenSix();
    const kept = await app.commands.run(savePlanTemplate, {
      sessionId: session.id,
      name: 'Short plan',
      sameName: 'keep-both',
    });
    expect(kept.name).toBe('Short plan (2)');
    expect((await app.db.planTemplates.get(seven.id))!.stages).toHaveLength(7);
    app.clock.advance(DOUBLE_ACTIVATION_MS);
    const third = await app.commands.run(savePlanTemplate, {
      sessionId: session.id,
      name: 'Short plan',
      sameName: 'keep-both',
    });
    expect(third.name).toBe('Short plan (3)');
  });
});
