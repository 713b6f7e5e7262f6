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

/**
 * How stale "last edited" may be for the session already at the top of the list: home says
 * "just now" for a minute, so nothing shown changes.
 */
export const LAST_EDITED_GRAIN_MS = 30_000;

/**
 * touchSession for a command that has just read the session in its own transaction. The write is
 * skipped while the session is already the last edited and was touched within the grain: every
 * write to the session row makes every view that reads the session (the board's header, the
 * room's view of the stage, …) read it again, and capture adds a card every few seconds — phones
 * many a second. Its place on home cannot change, and "just now" stays true.
 */
export async function touchSessionRow(
  db: ParleyDb,
  session: Session,
  at: number,
  /** The last edited session's id, when the command has read it already (addCard). */
  newestId?: string,
): Promise<void> {
  const fresh = at >= session.updatedAt && at - session.updatedAt < LAST_EDITED_GRAIN_MS;
  if (fresh && (newestId ?? (await newestSessionId(db))) === session.id) return;
  await db.sessions.put({ ...session, updatedAt: at });
}

/**
 * The last edited session's id: what touchSessionRow reads unless the command hands it over
 * (adding a card reads the last edited session alongside its own first reads).
 */
export async function newestSessionId(db: ParleyDb): Promise<string | undefined> {
  const [newest] = await db.sessions.orderBy('updatedAt').reverse().limit(1).primaryKeys();
  return newest;
}
