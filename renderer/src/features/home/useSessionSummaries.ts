import type { SessionId, WorkshopId } from '#shared/domain/ids';
import type { Workshop } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

export interface SessionSummary {
  id: SessionId;
  title: string;
  proposition: string;
  updatedAt: number;
  workshopId: WorkshopId | null;
}

/** Sessions for home, newest edit first. `undefined` while loading, a ReadFailure if the read failed — never confused with "none". */
export function useSessionSummaries(): ReadResult<SessionSummary[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async () => {
        const sessions = await db.sessions.orderBy('updatedAt').reverse().toArray();
        const propositions = await db.propositions.bulkGet(
          sessions.map((s) => s.activePropositionId),
        );
        return sessions.map((s, i) => ({
          id: s.id,
          title: s.title,
          proposition: propositions[i]?.text ?? '',
          updatedAt: s.updatedAt,
          workshopId: s.workshopId,
        }));
      }),
    [db],
  );
}

/** The away days, in the order they were made; `undefined` while loading, a ReadFailure if the read failed. */
export function useAwayDays(): ReadResult<Workshop[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async () =>
        (await db.workshops.toArray()).sort((a, b) => a.createdAt - b.createdAt),
      ),
    [db],
  );
}
