import { newId, type PropositionId, type SessionId } from '#shared/domain/ids';
import type { Proposition, Session } from '#shared/domain/types';
import type { PlanTemplateId } from '#shared/stages/types';

import { TABLE_NAMES } from '../db/database';
import { rowKey, rowsOfSessions, SESSION_OWNED_TABLES } from '../db/sessionRows';
import { defineCommand } from './command';
import { requireSession } from './rowGuards';
import { writeNewSessionPlan } from './sessionPlan';
import { validProposition, validSessionTitle } from './sessionText';

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
    const title = validSessionTitle(input.title);
    const text = validProposition(input.proposition);
    const at = now();
    const sessionId = newId<SessionId>();
    const proposition: Proposition = {
      id: newId<PropositionId>(),
      sessionId,
      text,
      order: 0,
      createdAt: at,
    };
    const session: Session = {
      id: sessionId,
      workshopId: null,
      title,
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

/** A session's title as the facilitator wants it now; the old one comes back with Ctrl+Z. */
export const renameSession = defineCommand<{ sessionId: SessionId; title: string }, Session>({
  name: 'session.rename',
  label: 'Rename session',
  tables: ['sessions'],
  undoable: true,
  async run({ sessionId, title }, w, { db, now }) {
    const next = { ...(await requireSession(db, sessionId)), title: validSessionTitle(title) };
    next.updatedAt = now();
    await w.put('sessions', sessionId, next);
    return next;
  },
});
