import { newId, type PropositionId, type SessionId } from '#shared/domain/ids';
import { checkText, PROPOSITION_LIMIT, TITLE_LIMIT } from '#shared/domain/text';
import type { Proposition, Session } from '#shared/domain/types';
import type { PlanTemplateId } from '#shared/stages/types';

import { TABLE_NAMES } from '../db/database';
import { rowKey, rowsOfSessions, SESSION_OWNED_TABLES } from '../db/sessionRows';
import { defineCommand } from './command';
import { CommandError } from './commandError';
import { writeNewSessionPlan } from './sessionPlan';

export interface CreateSessionInput {
  title: string;
  proposition: string;
  /** The stage plan template to start from; the default plan when absent. */
  templateId?: PlanTemplateId | null;
}

export const createSession = defineCommand<CreateSessionInput, Session>({
  name: 'session.create',
  label: 'Create session',
  tables: ['sessions', 'propositions', 'stagePlans', 'planTemplates'],
  // Creating a session is undone by deleting it from home, not by Ctrl+Z on an empty board.
  undoable: false,
  creates: true,
  async run(input, w, { db, now }) {
    const title = checkText(input.title, TITLE_LIMIT, 'session title');
    if (!title.ok)
      throw new CommandError(
        'invalid',
        title.reason === 'empty' ? 'Give the session a title.' : title.message,
      );
    const text = checkText(input.proposition, PROPOSITION_LIMIT, 'proposition');
    if (!text.ok)
      throw new CommandError(
        'invalid',
        text.reason === 'empty' ? 'Write the proposition the group will examine.' : text.message,
      );
    const at = now();
    const sessionId = newId<SessionId>();
    const proposition: Proposition = {
      id: newId<PropositionId>(),
      sessionId,
      text: text.text,
      order: 0,
      createdAt: at,
    };
    const session: Session = {
      id: sessionId,
      workshopId: null,
      title: title.text,
      activePropositionId: proposition.id,
      createdAt: at,
      updatedAt: at,
    };
    await w.put('sessions', session.id, session);
    await w.put('propositions', proposition.id, proposition);
    // Every session starts with a stage plan.
    await writeNewSessionPlan(w, db, sessionId, input.templateId, at);
    return session;
  },
});

/**
 * Deletes a session and every row that belongs to it, in every table — found generically by the
 * `sessionId` field, so a table a feature adds later cannot be forgotten here. Undoable: the
 * undo entry holds every deleted row.
 */
export const deleteSession = defineCommand<{ sessionId: SessionId }, void>({
  name: 'session.delete',
  label: 'Delete session',
  tables: TABLE_NAMES,
  undoable: true,
  async run({ sessionId }, w, { db }) {
    for (const table of SESSION_OWNED_TABLES) {
      for (const row of await rowsOfSessions(db, table, [sessionId]))
        await w.delete(table, rowKey(db, table, row));
    }
    await w.delete('sessions', sessionId);
  },
});
