import type { CardId, SessionId } from '#shared/domain/ids';
import type { Card, Session } from '#shared/domain/types';

import type { ParleyDb } from '../db/database';
import { CommandError } from './commandError';

// The reads every feature's commands start from. One copy, so "deleted in another window" is
// reported in the same words wherever it happens.

export async function requireSession(db: ParleyDb, id: SessionId): Promise<Session> {
  const session = await db.sessions.get(id);
  if (!session) throw new CommandError('not-found', 'This session no longer exists.');
  return session;
}

export async function requireCard(db: ParleyDb, id: CardId): Promise<Card> {
  const card = await db.cards.get(id);
  if (!card) throw new CommandError('not-found', 'That card has been deleted.');
  return card;
}

/** "Last edited" on home: written without entering the undo diff (undo touches it itself). */
export async function touchSession(db: ParleyDb, sessionId: SessionId, at: number): Promise<void> {
  // A get and a put: Dexie's update() costs a third request, and every card added pays for it.
  const session = await db.sessions.get(sessionId);
  if (session) await touchSessionRow(db, session, at);
}

/** touchSession for a command that has just read the session in its own transaction. */
export async function touchSessionRow(db: ParleyDb, session: Session, at: number): Promise<void> {
  await db.sessions.put({ ...session, updatedAt: at });
}
