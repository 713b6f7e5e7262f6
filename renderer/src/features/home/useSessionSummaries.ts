import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionId } from '../../../../shared/domain/ids';
import { useServices } from '../../app/AppContext';

export interface SessionSummary {
  id: SessionId;
  title: string;
  proposition: string;
  updatedAt: number;
}

/** Sessions for home, newest edit first. `undefined` while loading — never confused with "none". */
export function useSessionSummaries(): SessionSummary[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const sessions = await db.sessions.orderBy('updatedAt').reverse().toArray();
    const propositions = await db.propositions.bulkGet(sessions.map((s) => s.activePropositionId));
    return sessions.map((s, i) => ({ id: s.id, title: s.title, proposition: propositions[i]?.text ?? '', updatedAt: s.updatedAt }));
  }, [db]);
}
