import { upgradeAgreementState } from '#shared/agreement/upgrade';
import type { SessionId } from '#shared/domain/ids';
import type { PracticabilityScoreRow } from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';
import { balanceOf, type Balance } from '#shared/synthesis/balance';
import { voicesInAgreement } from '#shared/synthesis/voicesInAgreement';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

export interface SessionVoices {
  balance: Balance;
  /** The practicability points of the proposition on the board, in board order. */
  practicability: Card[];
  /** Each of those points' scores by voice (the facilitator's, phones'), by card id. */
  scores: Map<string, PracticabilityScoreRow[]>;
}

/**
 * Who has spoken in this session, and its practicability points, live. Read only while the panel
 * is open (`enabled`): counting a 2,000-card board after every added card is work the board's own
 * budget should not carry when nobody is looking.
 */
export function useSessionVoices(
  sessionId: SessionId,
  enabled: boolean,
): ReadResult<SessionVoices> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      enabled
        ? readOrFailure(async () => {
            const [session, cards, participants, dots, row, scoreRows] = await Promise.all([
              db.sessions.get(sessionId),
              db.cards.where('sessionId').equals(sessionId).toArray(),
              db.participants.where('sessionId').equals(sessionId).toArray(),
              db.dots.where('sessionId').equals(sessionId).toArray(),
              db.agreements.get(sessionId),
              db.practicabilityScores.where('sessionId').equals(sessionId).toArray(),
            ]);
            const state = row ? upgradeAgreementState(row) : null;
            // Parties in the order their people were listed, as the Participants dialog shows them.
            participants.sort((a, b) => a.order - b.order);
            const balance = balanceOf({ cards, participants, dots, ...voicesInAgreement(state) });
            const practicability = cards
              .filter(
                (c) =>
                  c.lane === 'practicability' && c.propositionId === session?.activePropositionId,
              )
              .sort((a, b) => a.order - b.order);
            const scores = new Map<string, PracticabilityScoreRow[]>();
            for (const r of scoreRows) scores.set(r.cardId, [...(scores.get(r.cardId) ?? []), r]);
            return { balance, practicability, scores };
          })
        : undefined,
    [db, sessionId, enabled],
  );
}
