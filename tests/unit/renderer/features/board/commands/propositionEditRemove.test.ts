import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { renameSession } from '#renderer/commands/sessionCommands';
import { groupCards } from '#renderer/features/board/commands/groupCommands';
import { addParticipant } from '#renderer/features/board/commands/participantCommands';
import {
  addProposition,
  editProposition,
  removeProposition,
} from '#renderer/features/board/commands/propositionCommands';
import { castDot } from '#renderer/features/board/commands/voteCommands';
import type { PropositionId, SessionId } from '#shared/domain/ids';
import type { RoomPoint } from '#shared/room/roomPoint';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

/** Every row of the session's proposition-owned tables, so undo can be compared whole. */
async function rowsOf(sessionId: SessionId) {
  return {
    propositions: await app.db.propositions.where('sessionId').equals(sessionId).toArray(),
    cards: await app.db.cards.where('sessionId').equals(sessionId).toArray(),
    groups: await app.db.groups.where('sessionId').equals(sessionId).toArray(),
    dots: await app.db.dots.where('sessionId').equals(sessionId).toArray(),
    roomPoints: await app.db.roomPoints.where('sessionId').equals(sessionId).toArray(),
    active: (await app.db.sessions.get(sessionId))!.activePropositionId,
  };
}

/** A second proposition with two grouped cards, a dot and a point from a phone. */
async function secondPropositionWithWork(sessionId: SessionId): Promise<PropositionId> {
  const second = await app.commands.run(addProposition, { sessionId, text: 'Second' });
  const a = await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'a' });
  const b = await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'b' });
  await app.commands.run(groupCards, { targetCardId: a.id, cardIds: [b.id] });
  const ana = await app.commands.run(addParticipant, { sessionId, name: 'Ana', party: '' });
  await app.commands.run(castDot, { cardId: a.id, participantId: ana.id, delta: 1 });
  const point: RoomPoint = {
    ...{ id: 'phone-point-1', sessionId, propositionId: second.id, stageId: 'frame' as never },
    ...{ lane: 'legitimacy', text: 'from a phone', name: null, party: null, phoneId: 'p1' },
    ...{ status: 'pending' as RoomPoint['status'], cardId: null, createdAt: 1, updatedAt: 1 },
  };
  await app.db.roomPoints.put(point);
  return second.id;
}

describe('renaming a session', () => {
  it('takes a new title, refuses an empty one, and undo brings the old one back', async () => {
    const { session } = await buildSession(app, { title: 'Group B' });
    await expect(
      app.commands.run(renameSession, { sessionId: session.id, title: '   ' }),
    ).rejects.toThrow(/Give the session a title/);
    await app.commands.run(renameSession, { sessionId: session.id, title: '  Riverside  ' });
    expect((await app.db.sessions.get(session.id))!.title).toBe('Riverside');
    await app.commands.undo();
    expect((await app.db.sessions.get(session.id))!.title).toBe('Group B');
  });
});

describe('editing and removing a proposition', () => {
  it('rewords a proposition, keeping its cards; undo restores the words', async () => {
    const { session } = await buildSession(app, { cards: 2, proposition: 'Old words' });
    const id = session.activePropositionId;
    await expect(
      app.commands.run(editProposition, { propositionId: id, text: '' }),
    ).rejects.toThrow(/Write the proposition/);
    await app.commands.run(editProposition, { propositionId: id, text: 'New words' });
    expect((await app.db.propositions.get(id))!.text).toBe('New words');
    expect(await app.db.cards.where('sessionId').equals(session.id).count()).toBe(2);
    await app.commands.undo();
    expect((await app.db.propositions.get(id))!.text).toBe('Old words');
  });

  it('removes one proposition with its cards, groups, dots and room points, and nothing else', async () => {
    const { session } = await buildSession(app, { cards: 2 });
    const before = await rowsOf(session.id);
    const second = await secondPropositionWithWork(session.id);
    const withSecond = await rowsOf(session.id);
    expect(withSecond.active).toBe(second);

    const removed = await app.commands.run(removeProposition, { propositionId: second });
    expect(removed).toBe(2);
    // The board goes back to the proposition that is left; the first one's work is untouched.
    expect(await rowsOf(session.id)).toEqual({
      ...before,
      dots: [],
      roomPoints: [],
      active: session.activePropositionId,
    });
    // One undo step brings every row back as it was.
    await app.commands.undo();
    expect(await rowsOf(session.id)).toEqual(withSecond);
  });

  it('refuses to remove a session’s only proposition', async () => {
    const { session } = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(removeProposition, { propositionId: session.activePropositionId }),
    ).rejects.toThrow(/A session needs a proposition/);
    expect(await app.db.cards.count()).toBe(1);
  });
});
