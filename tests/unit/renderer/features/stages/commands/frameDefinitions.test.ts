import { beforeEach, describe, expect, it } from 'vitest';

import { createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { createSession } from '#renderer/commands/sessionCommands';
import { addGeneratedClauses } from '#renderer/features/agreement/commands/agreementCommands';
import { proposeAdditions } from '#shared/agreement/generate';
import { emptyAgreement } from '#shared/agreement/model';
import type { PlanTemplateId } from '#shared/stages/types';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('definitions from the Frame stage', () => {
  it('are captured as definition cards and open the agreement, not its open questions (444ba54 filed them as open questions)', async () => {
    const session = await app.commands.run(createSession, { title: 'Away day', proposition: 'P' });
    const plan = (await app.db.stagePlans.get(session.id))!;
    const frame = plan.stages[0]!;
    expect(frame).toMatchObject({ kind: 'frame', lane: 'questions', captureKind: 'definition' });
    // What the board's capture box sends while the Frame stage is current.
    const card = await app.commands.run(addCard, {
      sessionId: session.id,
      lane: frame.lane!,
      text: 'Volunteering: unpaid time given by choice',
      kind: frame.captureKind,
    });
    expect(card.kind).toBe('definition');
    const offered = proposeAdditions(emptyAgreement(session.id, 0), [card]);
    const draft = await app.commands.run(addGeneratedClauses, {
      sessionId: session.id,
      acceptKeys: offered.map((a) => a.key),
      offeredKeys: offered.map((a) => a.key),
    });
    expect(draft.definitions).toMatchObject([
      { term: 'Volunteering', meaning: 'unpaid time given by choice' },
    ]);
    expect(draft.clauses).toEqual([]);
  });

  it('a session can start from the public-services template, worded for the origin case', async () => {
    const session = await app.commands.run(createSession, {
      title: 'Council away day',
      proposition: 'P',
      templateId: 'builtin:public-services' as PlanTemplateId,
    });
    const plan = (await app.db.stagePlans.get(session.id))!;
    expect(plan.stages[0]!.prompts.join('\n')).toContain('Who is "the state" here');
  });
});
