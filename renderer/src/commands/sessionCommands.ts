import { newId, type PropositionId, type SessionId } from '../../../shared/domain/ids';
import { checkText, PROPOSITION_LIMIT, TITLE_LIMIT } from '../../../shared/domain/text';
import type { Proposition, Session } from '../../../shared/domain/types';
import { defineCommand } from './command';
import { CommandError } from './commandError';
// — guided facilitation —
import type { PlanTemplateId } from '../../../shared/stages/types';
import { deleteStageData, writeNewSessionPlan } from '../features/stages/commands/stageData';

export interface CreateSessionInput {
  title: string;
  proposition: string;
  /** — guided facilitation — the plan template to start from; the default plan when absent. */
  templateId?: PlanTemplateId | null;
}

export const createSession = defineCommand<CreateSessionInput, Session>({
  name: 'session.create',
  label: 'Create session',
  tables: ['sessions', 'propositions', 'stagePlans', 'planTemplates'],
  // Creating a session is undone by deleting it from home, not by Ctrl+Z on an empty board.
  undoable: false,
  async run(input, w, { db, now }) {
    const title = checkText(input.title, TITLE_LIMIT, 'session title');
    if (!title.ok) throw new CommandError('invalid', title.reason === 'empty' ? 'Give the session a title.' : title.message);
    const text = checkText(input.proposition, PROPOSITION_LIMIT, 'proposition');
    if (!text.ok) throw new CommandError('invalid', text.reason === 'empty' ? 'Write the proposition the group will examine.' : text.message);
    const at = now();
    const sessionId = newId<SessionId>();
    const proposition: Proposition = { id: newId<PropositionId>(), sessionId, text: text.text, order: 0, createdAt: at };
    const session: Session = { id: sessionId, workshopId: null, title: title.text, activePropositionId: proposition.id, createdAt: at, updatedAt: at };
    await w.put('sessions', session.id, session);
    await w.put('propositions', proposition.id, proposition);
    // — guided facilitation — every session starts with a stage plan.
    await writeNewSessionPlan(w, db, sessionId, input.templateId, at);
    return session;
  },
});

export const deleteSession = defineCommand<{ sessionId: SessionId }, void>({
  name: 'session.delete',
  label: 'Delete session',
  tables: ['sessions', 'propositions', 'cards', 'stagePlans', 'stageTimers', 'stageNotes', 'agreements', 'agreementVersions'],
  undoable: true,
  async run({ sessionId }, w, { db }) {
    await deleteStageData(w, db, sessionId); // — guided facilitation —
    // — agreement: the session's draft and its versions go with it (and come back on undo) —
    const versions = await db.agreementVersions.where('[sessionId+number]').between([sessionId, -Infinity], [sessionId, Infinity]).primaryKeys();
    for (const id of versions) await w.delete('agreementVersions', id);
    await w.delete('agreements', sessionId);

    const cards = await db.cards.where('sessionId').equals(sessionId).primaryKeys();
    for (const id of cards) await w.delete('cards', id);
    const propositions = await db.propositions.where('sessionId').equals(sessionId).primaryKeys();
    for (const id of propositions) await w.delete('propositions', id);
    await w.delete('sessions', sessionId);
  },
});
