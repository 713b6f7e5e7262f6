import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, laneTexts, type TestApp } from '#fixtures/builders';
import { placeRoomDot, roomDotsOf } from '#renderer/features/room/commands/roomDotCommands';
import {
  approveRoomPoints,
  discardRoomPoints,
  receiveRoomPoints,
  revealRoomPoints,
} from '#renderer/features/room/commands/roomPointCommands';
import { editPlan } from '#renderer/features/stages/commands/planCommands';
import type { CardId, SessionId } from '#shared/domain/ids';
import type { RoomMode } from '#shared/room/protocol';
import type { Stage } from '#shared/stages/types';

let app: TestApp;
let sessionId: SessionId;
let stage: Stage;

beforeEach(async () => {
  app = createTestApp();
  const { session } = await buildSession(app);
  sessionId = session.id;
  const plan = await app.db.stagePlans.get(sessionId);
  stage = plan!.stages.find((s) => s.lane === 'legitimacy')!;
});

async function setMode(mode: RoomMode, anonymous = false) {
  await app.commands.run(editPlan, {
    sessionId,
    edit: { type: 'setRoom', stageId: stage.id, room: { mode, anonymous } },
  });
}

async function receive(id: string, text = 'Who decided this?', name: string | null = 'Ana') {
  const [outcome] = await app.commands.run(receiveRoomPoints, {
    sessionId,
    points: [{ phoneId: 'ph-1', id, stageId: stage.id, text, name, party: 'Council' }],
  });
  if (!outcome!.ok) throw Object.assign(new Error(outcome!.message), { code: 'invalid' });
  return outcome!.status;
}

describe('points from the room', () => {
  it('puts a live stage’s point on the board at once, marked as from the room', async () => {
    expect(await receive('p-00000001')).toBe('board');
    const [card] = await app.db.cards.where('sessionId').equals(sessionId).toArray();
    expect(card).toMatchObject({
      lane: 'legitimacy',
      text: 'Who decided this?',
      fromRoom: { name: 'Ana', party: 'Council' },
    });
  });

  it('adds a point sent twice only once (a retry after a reconnect)', async () => {
    await receive('p-00000001');
    expect(await receive('p-00000001')).toBe('board');
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual(['Who decided this?']);
  });

  it('keeps no name or party on an anonymous stage', async () => {
    await setMode('live', true);
    await receive('p-00000001');
    const [card] = await app.db.cards.where('sessionId').equals(sessionId).toArray();
    expect(card!.fromRoom).toEqual({ name: null, party: null });
    expect(JSON.stringify(await app.db.roomPoints.toArray())).not.toContain('Ana');
  });

  it('holds review-first points for approval; approve and discard are undoable', async () => {
    await setMode('review');
    expect(await receive('p-00000001', 'First')).toBe('waiting');
    await receive('p-00000002', 'Second');
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual([]);

    await app.commands.run(approveRoomPoints, { ids: ['p-00000001'] });
    await app.commands.run(discardRoomPoints, { ids: ['p-00000002'] });
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual(['First']);
    expect((await app.db.roomPoints.get('p-00000002'))!.status).toBe('discarded');

    await app.commands.undo();
    await app.commands.undo();
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual([]);
    expect((await app.db.roomPoints.get('p-00000001'))!.status).toBe('waiting');
  });

  it('keeps silent points unseen until Reveal puts them all on the board in the order sent', async () => {
    await setMode('silent');
    expect(await receive('p-00000001', 'One')).toBe('held');
    app.clock.advance(1000);
    await receive('p-00000002', 'Two');
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual([]);
    await app.commands.run(revealRoomPoints, { sessionId });
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual(['One', 'Two']);
  });

  it('refuses an over-long point with the board’s message and stores nothing', async () => {
    await expect(receive('p-00000001', 'x'.repeat(2001))).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('the limit is 2,000'),
    });
    expect(await app.db.roomPoints.count()).toBe(0);
  });

  it('takes a batch in one write, in the order sent, refusing only the bad point', async () => {
    const point = (id: string, text: string) => ({
      phoneId: 'ph-1',
      id,
      stageId: stage.id,
      text,
      name: null,
      party: null,
    });
    const outcomes = await app.commands.run(receiveRoomPoints, {
      sessionId,
      points: [
        point('p-00000001', 'One'),
        point('p-00000002', ''),
        point('p-00000003', 'Three'),
        point('p-00000001', 'One'),
      ],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual(['One', 'Three']);
  });

  it('is not in the facilitator’s undo history: Ctrl+Z does not take a phone’s point away', async () => {
    await receive('p-00000001');
    expect(await app.commands.undo()).toBeNull();
    expect(await laneTexts(app, sessionId, 'legitimacy')).toEqual(['Who decided this?']);
  });
});

describe('dots from the room', () => {
  it('places and takes back a phone’s dots within the budget, updating the card’s votes', async () => {
    await receive('p-00000001');
    const cardId = 'room-p-00000001' as CardId;
    const dot = (action: 'place' | 'take') =>
      app.commands.run(placeRoomDot, { phoneId: 'ph-1', cardId, action, budget: 2 });
    await dot('place');
    await dot('place');
    await expect(dot('place')).rejects.toMatchObject({
      message: expect.stringContaining('all 2 dots'),
    });
    expect((await app.db.cards.get(cardId))!.votes).toBe(2);
    await dot('take');
    const card = await app.db.cards.get(cardId);
    expect(card!.votes).toBe(1);
    expect(await roomDotsOf(app.db, 'ph-1', card!.propositionId)).toEqual({ [cardId]: 1 });
    expect(await app.db.participants.count()).toBe(0);
  });
});
