import { reviewCalendar, type CalendarSource } from '#shared/agreement/calendar';
import { upgradeAgreementState } from '#shared/agreement/upgrade';
import type { SessionId, WorkshopId } from '#shared/domain/ids';
import type { SessionData } from '#shared/export/writeUp';

import type { ParleyDb } from '../../db/database';
import { SESSION_DATA_PARTS } from './sessionDataParts';

export async function loadSessionData(
  db: ParleyDb,
  sessionId: SessionId,
): Promise<SessionData | null> {
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const [workshop, propositions, cards] = await Promise.all([
    session.workshopId ? db.workshops.get(session.workshopId) : undefined,
    db.propositions.where('sessionId').equals(sessionId).toArray(),
    db.cards.where('sessionId').equals(sessionId).toArray(),
  ]);
  const data: SessionData = { workshop: workshop ?? null, session, propositions, cards };
  for (const part of SESSION_DATA_PARTS) await part(db, data);
  return data;
}

/** The sessions of the away day a session belongs to: its workshop, or every unfiled session. */
export async function awayDaySessions(
  db: ParleyDb,
  workshopId: WorkshopId | null,
): Promise<{ name: string; sessionIds: SessionId[] }> {
  const sessions = (await db.sessions.toArray())
    .filter((s) => s.workshopId === workshopId)
    .sort((a, b) => a.createdAt - b.createdAt);
  const workshop = workshopId ? await db.workshops.get(workshopId) : undefined;
  return { name: workshop?.name ?? 'Away day', sessionIds: sessions.map((s) => s.id) };
}

/**
 * The review dates of the sessions' agreements as one calendar file (docs/review.md); null when
 * none of them has a review date yet.
 */
export async function reviewCalendarOf(
  db: ParleyDb,
  sessionIds: readonly SessionId[],
): Promise<string | null> {
  const sources: CalendarSource[] = [];
  for (const id of sessionIds) {
    const [session, row] = await Promise.all([db.sessions.get(id), db.agreements.get(id)]);
    if (!session || !row) continue;
    const workshop = session.workshopId ? await db.workshops.get(session.workshopId) : undefined;
    sources.push({
      state: upgradeAgreementState(row),
      sessionTitle: session.title,
      awayDay: workshop?.name ?? null,
    });
  }
  return reviewCalendar(sources);
}
