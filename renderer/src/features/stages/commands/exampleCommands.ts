import { addCard } from '#renderer/commands/cardCommands';
import { defineCommand } from '#renderer/commands/command';
import { createSession } from '#renderer/commands/sessionCommands';
import type { ParleyDb } from '#renderer/db/database';
import type { Session } from '#shared/domain/types';
import { EXAMPLE_SESSION } from '#shared/stages/exampleSession';
import { enterStage } from '#shared/stages/navigation';
import { MINUTE_MS, stageNoteId, type StageNote } from '#shared/stages/types';

import { loadPlan } from './stageData';

/** The example already opened, if it is still there (found by its title and proposition). */
async function existingExample(db: ParleyDb): Promise<Session | undefined> {
  const titled = await db.sessions.filter((s) => s.title === EXAMPLE_SESSION.title).toArray();
  for (const session of titled.sort((a, b) => b.updatedAt - a.updatedAt)) {
    const proposition = await db.propositions.get(session.activePropositionId);
    if (proposition?.text === EXAMPLE_SESSION.proposition) return session;
  }
  return undefined;
}

/**
 * Opens the "Social productivity away day" example: a board half-way through, with notes on
 * the stages already run, so a first-time user sees what Parley is for before making their own.
 * It is an ordinary session (edit it, delete it). Asked for again, it opens the example already
 * there rather than a second identical session: "open the example" names one thing, and two
 * look-alikes on home leave a new user wondering which is theirs. Delete it for a fresh copy.
 */
export const openExampleSession = defineCommand<void, { session: Session; reused: boolean }>({
  name: 'session.openExample',
  label: 'Open example session',
  tables: [
    'sessions',
    'propositions',
    'cards',
    'stagePlans',
    'planTemplates',
    'stageNotes',
    'stageTimers',
  ],
  undoable: false,
  creates: true,
  async run(_input, w, ctx) {
    const existing = await existingExample(ctx.db);
    if (existing) return { session: existing, reused: true };
    const session = await createSession.run(
      { title: EXAMPLE_SESSION.title, proposition: EXAMPLE_SESSION.proposition },
      w,
      ctx,
    );
    for (const [lane, text] of EXAMPLE_SESSION.cards)
      await addCard.run({ sessionId: session.id, lane, text }, w, ctx);
    const at = ctx.now();
    let plan = await loadPlan(ctx.db, session.id, at);
    // Replay a believable afternoon up to the example's stage — framing ran over, the group has
    // caught up a little since — so the agenda shows planned against actual times.
    const runStartedAt =
      at -
      EXAMPLE_SESSION.stageStartMinutes[EXAMPLE_SESSION.stageStartMinutes.length - 1]! * MINUTE_MS;
    for (const [i, stage] of plan.stages.entries()) {
      const minutes = EXAMPLE_SESSION.stageStartMinutes[i];
      if (minutes === undefined) break;
      plan = enterStage(plan, stage.id, runStartedAt + minutes * MINUTE_MS);
    }
    await w.put('stagePlans', session.id, { ...plan, runStartedAt, updatedAt: at });
    for (const stage of plan.stages) {
      const text = EXAMPLE_SESSION.notes[stage.kind];
      if (!text) continue;
      const note: StageNote = {
        id: stageNoteId(session.id, stage.id),
        sessionId: session.id,
        stageId: stage.id,
        text,
        updatedAt: at,
      };
      await w.put('stageNotes', note.id, note);
    }
    return { session, reused: false };
  },
});
