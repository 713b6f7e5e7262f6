import type { WorkshopId } from '#shared/domain/ids';
import type { Workshop } from '#shared/domain/types';
import type { SessionData } from '#shared/export/writeUp';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';
import { loadSessionData } from '../export';
import { apartKey, apartOf } from './commands/synthesisCommands';

export interface SynthesisData {
  workshop: Workshop;
  /** Every session filed under the away day, oldest first (the order groups were set up in). */
  sessions: SessionData[];
  /** Question keys the organiser split off from their near-duplicates. */
  apart: string[];
}

/**
 * Everything the synthesis is made from, live: an edit in any group's session (in this window or
 * another) redraws it. Undefined while reading; null when the away day no longer exists.
 */
export function useSynthesisData(
  workshopId: WorkshopId,
): ReadResult<SynthesisData | null> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async () => {
        const workshop = await db.workshops.get(workshopId);
        if (!workshop) return null;
        const filed = (await db.sessions.where('workshopId').equals(workshopId).toArray()).sort(
          (a, b) => a.createdAt - b.createdAt,
        );
        const sessions = (await Promise.all(filed.map((s) => loadSessionData(db, s.id)))).filter(
          (s): s is SessionData => s !== null,
        );
        const apart = apartOf((await db.settings.get(apartKey(workshopId)))?.value);
        return { workshop, sessions, apart };
      }),
    [db, workshopId],
  );
}
