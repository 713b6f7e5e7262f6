import { defineCommand } from '#renderer/commands/command';
import type { TxWriter } from '#renderer/commands/diff';
import { requireSession, touchSession } from '#renderer/commands/rowGuards';
import type { ParleyDb } from '#renderer/db/database';
import { laneCardsQuery } from '#renderer/db/queries';
import type { CardId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import { CARD_TEXT_LIMIT, checkText } from '#shared/domain/text';
import type { Card } from '#shared/domain/types';
import type { PointStatus } from '#shared/room/protocol';
import type { RoomPoint } from '#shared/room/roomPoint';
import { findStage, roomCardId, stageRoom } from '#shared/room/stageRoom';
import { currentPosition } from '#shared/stages/navigation';
import type { StageId } from '#shared/stages/types';

export interface IncomingPoint {
  phoneId: string;
  id: string;
  stageId: string;
  text: string;
  name: string | null;
  party: string | null;
}

export type PointOutcome =
  | { phoneId: string; id: string; ok: true; status: PointStatus }
  | { phoneId: string; id: string; ok: false; message: string };

/** What the mode of the point's stage makes of it. */
const ARRIVAL_STATUS = { live: 'board', review: 'waiting', silent: 'held' } as const;

/** Hands out lane positions within one transaction, so a batch lands in the order it came. */
function laneOrders(db: ParleyDb) {
  const last = new Map<string, number>();
  return async (propositionId: string, lane: LaneId): Promise<number> => {
    const key = `${propositionId}|${lane}`;
    const previous =
      last.get(key) ??
      (await laneCardsQuery(db, propositionId as Card['propositionId'], lane).last())?.order ??
      0;
    last.set(key, previous + 1);
    return previous + 1;
  };
}

/** Puts a room point on the board as a card marked "from the room", at the end of its lane. */
async function placeOnBoard(
  w: TxWriter,
  point: RoomPoint,
  order: number,
  at: number,
): Promise<Card> {
  const card: Card = {
    id: (point.cardId ?? roomCardId(point.id)) as CardId,
    sessionId: point.sessionId,
    propositionId: point.propositionId,
    lane: point.lane,
    text: point.text,
    kind: 'point',
    order,
    createdAt: at,
    updatedAt: at,
    fromRoom: { name: point.name, party: point.party },
  };
  await w.put('cards', card.id, card);
  return card;
}

/**
 * Points from phones (docs/room.md), as many as have arrived, in one transaction (a busy room
 * sends dozens a second; one write each would keep the board re-reading its lanes). Idempotent
 * on the phone's id: a retry after a reconnect finds its row and changes nothing. Live stages
 * put a point on the board; review-first and silent stages keep it aside. One refused point
 * refuses only itself. It is the room's action, not the facilitator's, so it is not in the
 * facilitator's undo history — what they then do with a point (approve, reveal, edit, delete) is.
 */
export const receiveRoomPoints = defineCommand<
  { sessionId: SessionId; points: readonly IncomingPoint[] },
  PointOutcome[]
>({
  name: 'room.receivePoints',
  label: 'Points from the room',
  tables: ['roomPoints', 'cards', 'stagePlans'],
  undoable: false,
  async run({ sessionId, points }, w, { db, now }) {
    const session = await requireSession(db, sessionId);
    const plan = await db.stagePlans.get(sessionId);
    const nextOrder = laneOrders(db);
    const at = now();
    const outcomes: PointOutcome[] = [];
    const known = await db.roomPoints.bulkGet(points.map((p) => p.id));
    const seen = new Map<string, PointStatus>();
    for (const [index, input] of points.entries()) {
      const refuse = (message: string) =>
        outcomes.push({ phoneId: input.phoneId, id: input.id, ok: false, message });
      const already = known[index]?.status ?? seen.get(input.id);
      if (already) {
        outcomes.push({ phoneId: input.phoneId, id: input.id, ok: true, status: already });
        continue;
      }
      const text = checkText(input.text, CARD_TEXT_LIMIT, 'point');
      if (!text.ok) {
        refuse(text.message);
        continue;
      }
      // A point written just before the facilitator moved on still belongs to the stage it was
      // written for; a stage since removed from the plan hands it to the current one.
      const stage =
        findStage(plan, input.stageId) ?? (plan ? currentPosition(plan).stage : undefined);
      if (!stage?.lane) {
        refuse('This stage is not taking points, so it was not added.');
        continue;
      }
      const room = stageRoom(stage);
      const point: RoomPoint = {
        id: input.id,
        sessionId: session.id,
        propositionId: session.activePropositionId,
        stageId: stage.id as StageId,
        lane: stage.lane,
        text: text.text,
        name: room.anonymous ? null : input.name,
        party: room.anonymous ? null : input.party,
        phoneId: input.phoneId,
        status: ARRIVAL_STATUS[room.mode],
        cardId: null,
        createdAt: at,
        updatedAt: at,
      };
      if (point.status === 'board') {
        const order = await nextOrder(point.propositionId, point.lane);
        point.cardId = (await placeOnBoard(w, point, order, at)).id;
      }
      await w.put('roomPoints', point.id, point);
      seen.set(point.id, point.status);
      outcomes.push({ phoneId: input.phoneId, id: input.id, ok: true, status: point.status });
    }
    if (seen.size > 0) await touchSession(db, session.id, at);
    return outcomes;
  },
});

async function settle(
  db: ParleyDb,
  w: TxWriter,
  ids: readonly string[],
  from: PointStatus,
  to: 'board' | 'discarded',
  at: number,
): Promise<RoomPoint[]> {
  const rows = (await db.roomPoints.bulkGet([...ids])).filter(
    (p): p is RoomPoint => p !== undefined && p.status === from,
  );
  const settled: RoomPoint[] = [];
  const nextOrder = laneOrders(db);
  for (const row of rows) {
    const next: RoomPoint = { ...row, status: to, updatedAt: at };
    if (to === 'board')
      next.cardId = (
        await placeOnBoard(w, row, await nextOrder(row.propositionId, row.lane), at)
      ).id;
    await w.put('roomPoints', row.id, next);
    settled.push(next);
  }
  if (settled[0]) await touchSession(db, settled[0].sessionId, at);
  return settled;
}

/** Review first: the facilitator lets points on the board (one, or all waiting at once). */
export const approveRoomPoints = defineCommand<{ ids: readonly string[] }, RoomPoint[]>({
  name: 'room.approve',
  label: 'Approve from the room',
  tables: ['roomPoints', 'cards'],
  undoable: true,
  run: ({ ids }, w, { db, now }) => settle(db, w, ids, 'waiting', 'board', now()),
});

/** Review first: the facilitator sets a point aside; it stays in the ledger, off the board. */
export const discardRoomPoints = defineCommand<{ ids: readonly string[] }, RoomPoint[]>({
  name: 'room.discard',
  label: 'Discard from the room',
  tables: ['roomPoints', 'cards'],
  undoable: true,
  run: ({ ids }, w, { db, now }) => settle(db, w, ids, 'waiting', 'discarded', now()),
});

/** Silent writing: every held point of the session goes on the board at once. */
export const revealRoomPoints = defineCommand<{ sessionId: SessionId }, RoomPoint[]>({
  name: 'room.reveal',
  label: 'Reveal points from the room',
  tables: ['roomPoints', 'cards'],
  undoable: true,
  async run({ sessionId }, w, { db, now }) {
    const held = await db.roomPoints
      .where('[sessionId+status]')
      .equals([sessionId, 'held'])
      .sortBy('createdAt');
    return settle(
      db,
      w,
      held.map((p) => p.id),
      'held',
      'board',
      now(),
    );
  },
});
