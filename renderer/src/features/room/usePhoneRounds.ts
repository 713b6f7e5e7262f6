import { useEffect, useRef } from 'react';

import type { ParleyDb } from '#renderer/db/database';
import type { SessionId } from '#shared/domain/ids';
import type { HostToServer, ScoringOpen } from '#shared/room/protocol';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';
import { parley } from '../../platform/bridge';
import { scoringForPhone } from './commands/roomScoreCommands';
import { consentForPhone } from './consentOnPhones';
import { sendVoteTo, voteCards } from './roomRelay';
import { useRoomUi } from './roomStore';
import { sendScoringTo } from './scoringOnPhones';

/**
 * Sends `message(json)` whenever the JSON changes — and only then: the queries below re-run on
 * every write to their tables (each dot, each stance), but phones hear only of real changes.
 */
function useSendOnChange(json: string | null | undefined, message: (json: string) => HostToServer) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (json === undefined || json === null || json === sent.current) return;
    sent.current = json;
    void parley.sendToRoom(message(json));
    // `message` is a fresh arrow each render; the JSON alone says whether anything changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json]);
}

/**
 * A round on the phones that follows the database: whenever what every phone may see of it
 * changes (opened, closed, its list or parties changed), every phone is told — never anyone's
 * own marks, which each phone gets alone.
 */
function useRoundOnPhones(
  type: 'consent' | 'scoring',
  read: (db: ParleyDb) => Promise<unknown>,
  sessionId: SessionId,
): string | undefined {
  const { db } = useServices();
  const json = useLiveQuery(
    async () => JSON.stringify(await read(db)),
    // `read` is a fresh arrow each render; it reads only db and sessionId.
    [db, sessionId],
  );
  useSendOnChange(
    json,
    (open) => ({ type, phoneId: null, open: JSON.parse(open) }) as HostToServer,
  );
  return json;
}

/** The consent round on the phones follows the draft (docs/room.md): opened, revealed, parties. */
export function useConsentOnPhones(sessionId: SessionId): void {
  useRoundOnPhones('consent', (db) => consentForPhone(db, sessionId, null), sessionId);
}

/**
 * The scoring round on the phones: opened, closed, its practicability points as the board has
 * them. When a round opens, each connected phone also gets its own earlier scores of those points.
 */
export function useScoringOnPhones(sessionId: SessionId): void {
  const { db } = useServices();
  const json = useRoundOnPhones('scoring', (db) => scoringForPhone(db, sessionId, null), sessionId);
  const roundId = json ? ((JSON.parse(json) as ScoringOpen | null)?.roundId ?? null) : null;
  useEffect(() => {
    if (!roundId) return;
    for (const phone of useRoomUi.getState().status.phones)
      if (phone.connected) void sendScoringTo(db, sessionId, phone.id);
  }, [db, sessionId, roundId]);
}

/**
 * While voting is open on the phones, the card list follows the board: a card added after voting
 * opened appears, a deleted one goes. The message carries no dots, so each phone keeps its own.
 */
export function useLiveVoteCards(): void {
  const { db } = useServices();
  const vote = useRoomUi((s) => s.vote);
  const json = useLiveQuery(
    async () => (vote ? JSON.stringify({ vote, cards: await voteCards(db, vote) }) : null),
    [db, vote],
  );
  useSendOnChange(json, (text) => {
    const { vote: open, cards } = JSON.parse(text) as {
      vote: NonNullable<typeof vote>;
      cards: Awaited<ReturnType<typeof voteCards>>;
    };
    // Then each phone its own dots: a card back from an undo brings its dots back with it.
    for (const phone of useRoomUi.getState().status.phones)
      if (phone.connected) void sendVoteTo(db, open, phone.id);
    return {
      type: 'voting',
      phoneId: null,
      open: { roundId: open.roundId, budget: open.budget, cards },
    };
  });
}
