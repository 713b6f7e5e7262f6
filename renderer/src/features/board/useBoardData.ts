import { createContext, useContext, useMemo } from 'react';

import {
  DEFAULT_VOTE_BUDGET,
  voteBudgetKey,
  type CardGroup,
  type Participant,
} from '#shared/board/types';
import type { CardId, PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card, Proposition } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';

/** What every card on the board may need to know about the session around it. */
export interface BoardData {
  sessionId: SessionId;
  propositionId: PropositionId;
  participants: readonly Participant[];
  participantsById: ReadonlyMap<string, Participant>;
  /** For each card, the conclusions that draw on it (the reverse of `drawsOn`). */
  supports: ReadonlyMap<string, readonly Card[]>;
  /** Dots each participant may place on the current proposition. */
  budget: number;
}

export const BoardDataContext = createContext<BoardData | null>(null);

/**
 * Outside the facilitator's board (e.g. a projected copy of a lane) there is no provider; cards
 * then simply show no attribution or links rather than failing to draw.
 */
const NO_BOARD_DATA: BoardData = {
  sessionId: '' as SessionId,
  propositionId: '' as PropositionId,
  participants: [],
  participantsById: new Map(),
  supports: new Map(),
  budget: DEFAULT_VOTE_BUDGET,
};

export function useBoardData(): BoardData {
  return useContext(BoardDataContext) ?? NO_BOARD_DATA;
}

const NO_PARTICIPANTS: Participant[] = [];
const NO_CARDS: Card[] = [];

/** Participants, conclusions and the dot budget: small reads shared by the whole board. */
export function useBoardDataValue(sessionId: SessionId, propositionId: PropositionId): BoardData {
  const { db } = useServices();
  const participants = useParticipants(sessionId) ?? NO_PARTICIPANTS;
  const conclusions =
    useLiveQuery(
      () =>
        db.cards
          .where('[propositionId+lane+order]')
          .between(
            [propositionId, 'conclusions', -Infinity],
            [propositionId, 'conclusions', Infinity],
          )
          .toArray(),
      [db, propositionId],
    ) ?? NO_CARDS;
  const budget = useLiveQuery(async () => {
    const row = await db.settings.get(voteBudgetKey(sessionId));
    return typeof row?.value === 'number' ? row.value : DEFAULT_VOTE_BUDGET;
  }, [db, sessionId]);
  return useMemo(() => {
    const supports = new Map<string, Card[]>();
    for (const conclusion of conclusions) {
      for (const id of conclusion.drawsOn ?? []) {
        const list = supports.get(id);
        if (list) list.push(conclusion);
        else supports.set(id, [conclusion]);
      }
    }
    return {
      sessionId,
      propositionId,
      participants,
      participantsById: new Map(participants.map((p) => [p.id as string, p])),
      supports,
      budget: budget ?? DEFAULT_VOTE_BUDGET,
    };
  }, [sessionId, propositionId, participants, conclusions, budget]);
}

/** The people at the table, in the order they were added; `undefined` while loading. */
export function useParticipants(sessionId: SessionId): Participant[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => db.participants.where('sessionId').equals(sessionId).sortBy('order'),
    [db, sessionId],
  );
}

/** The groups of one lane, as a map for buildLaneRows. */
export function useLaneGroups(
  propositionId: PropositionId,
  lane: LaneId,
): ReadonlyMap<string, CardGroup> | undefined {
  const { db } = useServices();
  const groups = useLiveQuery(
    () => db.groups.where('[propositionId+lane]').equals([propositionId, lane]).toArray(),
    [db, propositionId, lane],
  );
  return useMemo(
    () => (groups ? new Map(groups.map((g) => [g.id as string, g])) : undefined),
    [groups],
  );
}

/** The cards a conclusion draws on, for showing its links with their text. */
export function useCardsById(ids: readonly string[]): Card[] | undefined {
  const { db } = useServices();
  // A string key, so a fresh array with the same ids does not restart the query.
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const rows = await db.cards.bulkGet(key.split(',') as CardId[]);
    return rows.filter((c): c is Card => c !== undefined);
  }, [db, key]);
}

export function usePropositions(sessionId: SessionId): Proposition[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => db.propositions.where('sessionId').equals(sessionId).sortBy('order'),
    [db, sessionId],
  );
}

/** Dots this participant has used on the current proposition. */
export function useDotsUsed(participantId: string | null, propositionId: PropositionId): number {
  const { db } = useServices();
  return (
    useLiveQuery(async () => {
      if (!participantId) return 0;
      const rows = await db.dots
        .where('[participantId+propositionId]')
        .equals([participantId, propositionId])
        .toArray();
      return rows.reduce((n, d) => n + d.count, 0);
    }, [db, participantId, propositionId]) ?? 0
  );
}
