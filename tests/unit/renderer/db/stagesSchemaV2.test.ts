import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import { manualClock } from '#fixtures/builders';
import { CommandRunner } from '#renderer/commands/commandRunner';
import { ParleyDb } from '#renderer/db/database';
import { ensureStagePlan } from '#renderer/features/stages/commands/planCommands';
import { goToStage } from '#renderer/features/stages/commands/runCommands';

describe('schema v2 for guided facilitation', () => {
  it('opens a v1 database unchanged and gives its old sessions the default plan when first used', async () => {
    const name = `parley-v1-${Math.random().toString(36).slice(2)}`;
    // A database exactly as the walking skeleton (schema v1) left it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      workshops: 'id, updatedAt',
      sessions: 'id, workshopId, updatedAt',
      propositions: 'id, sessionId',
      cards: 'id, sessionId, [propositionId+lane+order]',
      settings: 'key',
    });
    await v1.table('sessions').put({
      id: 'old',
      workshopId: null,
      title: 'From v1',
      activePropositionId: 'p',
      createdAt: 1,
      updatedAt: 1,
    });
    await v1
      .table('propositions')
      .put({ id: 'p', sessionId: 'old', text: 'P', order: 0, createdAt: 1 });
    v1.close();

    const db = new ParleyDb(name);
    const commands = new CommandRunner(db, manualClock().now);
    expect(await db.sessions.get('old' as never)).toMatchObject({ title: 'From v1' });
    expect(await db.stagePlans.count()).toBe(0);
    const plan = await commands.run(ensureStagePlan, { sessionId: 'old' as never });
    expect(plan.stages).toHaveLength(7);
    // Commands that need a plan create it themselves too, so nothing depends on the panel having opened.
    await db.stagePlans.clear();
    const moved = await commands.run(goToStage, { sessionId: 'old' as never, step: 1 });
    expect(moved.stages.findIndex((s) => s.id === moved.currentStageId)).toBe(1);
    db.close();
  });
});
