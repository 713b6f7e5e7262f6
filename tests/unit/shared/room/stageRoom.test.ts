import { describe, expect, it } from 'vitest';

import { phoneView } from '#fixtures/room';
import { PhoneView } from '#shared/room/protocol';
import { phoneViewOf, stageRoom } from '#shared/room/stageRoom';
import { applyPlanEdit } from '#shared/stages/planEdits';
import type { Stage, StageId, StagePlan } from '#shared/stages/types';

const stage = {
  id: 's1' as StageId,
  kind: 'legitimacy',
  title: 'Legitimacy',
  purpose: 'Who agreed?',
  prompts: ['Who loses a say?'],
  durationMs: 600_000,
  lane: 'legitimacy',
  // Anything else a stage row might carry must not reach a phone.
  privateNotes: 'the chair is against it',
} as Stage & { privateNotes: string };

describe('what a phone sees of a session', () => {
  it('is the title, the proposition and the current stage’s public fields only', () => {
    const view = phoneViewOf({ title: 'Away day' }, { text: 'We share one budget' }, stage);
    expect(PhoneView.parse(view)).toEqual(view);
    expect(view).toEqual({ ...phoneView, stage: { ...phoneView.stage, id: 's1' } });
    expect(JSON.stringify(view)).not.toContain('chair');
  });

  it('gives a stage stored before the room existed the default: live, with names', () => {
    expect(stageRoom({})).toEqual({ mode: 'live', anonymous: false });
  });
});

describe('setting a stage’s room mode in the plan', () => {
  const plan: StagePlan = {
    sessionId: 'x' as StagePlan['sessionId'],
    stages: [stage],
    currentStageId: stage.id,
    runStartedAt: null,
    actualStarts: {},
    updatedAt: 0,
  };

  it('stores the mode and anonymity on the stage', () => {
    const next = applyPlanEdit(plan, {
      type: 'setRoom',
      stageId: stage.id,
      room: { mode: 'silent', anonymous: true },
    });
    expect(next.stages[0]!.room).toEqual({ mode: 'silent', anonymous: true });
  });

  it('refuses a mode that does not exist', () => {
    expect(() =>
      applyPlanEdit(plan, {
        type: 'setRoom',
        stageId: stage.id,
        room: { mode: 'loud' as 'live', anonymous: false },
      }),
    ).toThrow('Live, Review first or Silent');
  });
});
