import { EXAMPLE_SESSION } from '../../../../../shared/stages/exampleSession';
import { enterStage } from '../../../../../shared/stages/navigation';
import { stageNoteId, type StageNote } from '../../../../../shared/stages/types';
import { addCard } from '../../../commands/cardCommands';
import { defineCommand } from '../../../commands/command';
import { createSession } from '../../../commands/sessionCommands';
import type { Session } from '../../../../../shared/domain/types';
import { loadPlan } from './stageData';

/**
 * Creates the "Social productivity away day" example: a board half-way through, with notes on
 * the stages already run, so a first-time user sees what Parley is for before making their own.
 * It is an ordinary session (edit it, delete it); opening the example again makes a fresh copy.
 */
export const openExampleSession = defineCommand<void, Session>({
  name: 'session.openExample',
  label: 'Open example session',
  tables: ['sessions', 'propositions', 'cards', 'stagePlans', 'planTemplates', 'stageNotes', 'stageTimers'],
  undoable: false,
  async run(_input, w, ctx) {
    const session = await createSession.run({ title: EXAMPLE_SESSION.title, proposition: EXAMPLE_SESSION.proposition }, w, ctx);
    for (const [lane, text] of EXAMPLE_SESSION.cards) await addCard.run({ sessionId: session.id, lane, text }, w, ctx);
    const at = ctx.now();
    let plan = await loadPlan(ctx.db, session.id, at);
    // Walk the plan up to the example's stage, so the agenda shows earlier stages as done.
    for (const stage of plan.stages) {
      plan = enterStage(plan, stage.id, at);
      if (stage.kind === EXAMPLE_SESSION.currentStage) break;
    }
    await w.put('stagePlans', session.id, { ...plan, updatedAt: at });
    for (const stage of plan.stages) {
      const text = EXAMPLE_SESSION.notes[stage.kind];
      if (!text) continue;
      const note: StageNote = { id: stageNoteId(session.id, stage.id), sessionId: session.id, stageId: stage.id, text, updatedAt: at };
      await w.put('stageNotes', note.id, note);
    }
    return session;
  },
});
