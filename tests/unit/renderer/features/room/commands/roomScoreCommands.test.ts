import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { deleteBoardCard } from '#renderer/features/board/commands/cardDetailCommands';
import {
  closeScoringOnPhones,
  openScoringOnPhones,
  recordRoomScore,
  roomScoresOf,
  scoringForPhone,
} from '#renderer/features/room/commands/roomScoreCommands';
import { scorePracticability } from '#renderer/features/synthesis/commands/scoreCommands';
import type { CardId, SessionId } from '#shared/domain/ids';
import type { PracticabilityScores } from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';

let app: TestApp;
let sessionId: SessionId;
let point: Card;
let other: Card;

beforeEach(async () => {
  app = createTestApp();
  const built = await buildSession(app, { cards: 2, lanes: ['practicability', 'legitimacy'] });
  sessionId = built.session.id;
  [point, other] = built.cards as [Card, Card];
});

const s = (evidence: number, capacity: number, control: number): PracticabilityScores => ({
  evidence,
  capacity,
  control,
});

async function open(): Promise<string> {
  return (await app.commands.run(openScoringOnPhones, { sessionId })).id;
}

function score(roundId: string, phoneId: string, scores: PracticabilityScores, cardId = point.id) {
  return app.commands.run(recordRoomScore, { sessionId, roundId, phoneId, cardId, scores });
}

const shown = async (id: CardId = point.id) => (await app.db.cards.get(id))!.practicability;

describe('practicability scores from phones', () => {
  it('opens a round over the practicability points only, and lists them for the phones', async () => {
    const roundId = await open();
    expect(await scoringForPhone(app.db, sessionId, null)).toEqual({
      roundId,
      items: [{ id: point.id, text: point.text }],
    });
    // Opening again while it is open keeps the same round.
    expect(await open()).toBe(roundId);
  });

  it('shows the median per criterion of the facilitator’s score and the phones’', async () => {
    await app.commands.run(scorePracticability, { cardId: point.id, scores: s(5, 1, 4) });
    const roundId = await open();
    await score(roundId, 'ph-1', s(2, 3, 4));
    // Two voices: the lower middle one, so the result is whole and a split reads cautiously.
    expect(await shown()).toEqual(s(2, 1, 4));
    await score(roundId, 'ph-2', s(3, 5, 1));
    expect(await shown()).toEqual(s(3, 3, 4));
    // The facilitator's own score is kept as their voice, unchanged by the phones.
    expect((await app.db.practicabilityScores.get(`${point.id}|facilitator`))!.evidence).toBe(5);
  });

  it('replaces a phone’s score when it scores the point again, and tells it only its own', async () => {
    const roundId = await open();
    await score(roundId, 'ph-1', s(1, 1, 1));
    await score(roundId, 'ph-2', s(5, 5, 5));
    await score(roundId, 'ph-1', s(4, 4, 4));
    expect(await app.db.practicabilityScores.where('cardId').equals(point.id).count()).toBe(2);
    expect(await shown()).toEqual(s(4, 4, 4));
    expect(await roomScoresOf(app.db, 'ph-1', point.propositionId)).toEqual({
      [point.id]: s(4, 4, 4),
    });
    expect((await scoringForPhone(app.db, sessionId, 'ph-2'))!.mine).toEqual({
      [point.id]: s(5, 5, 5),
    });
  });

  it('keeps a score given before phones could score as the facilitator’s voice', async () => {
    // A card scored by an older Parley (or restored from its backup): the score, and no rows.
    await app.db.cards.put({ ...point, practicability: s(1, 1, 1) });
    const roundId = await open();
    await score(roundId, 'ph-1', s(5, 5, 5));
    expect(await shown()).toEqual(s(1, 1, 1));
    expect((await app.db.practicabilityScores.get(`${point.id}|facilitator`))!.control).toBe(1);
  });

  it('refuses a point outside the round, or once scoring has closed, and changes nothing', async () => {
    const roundId = await open();
    await expect(score(roundId, 'ph-1', s(3, 3, 3), other.id)).rejects.toThrow(
      'That point is not in this scoring round.',
    );
    await expect(score(roundId, 'ph-1', s(3, 3, 6))).rejects.toThrow('whole number from 1 to 5');
    await app.commands.run(closeScoringOnPhones, { sessionId });
    await expect(score(roundId, 'ph-1', s(3, 3, 3))).rejects.toThrow('Scoring has closed');
    expect(await scoringForPhone(app.db, sessionId, null)).toBeNull();
    expect(await app.db.practicabilityScores.count()).toBe(0);
    expect(await shown()).toBeUndefined();
    expect(await shown(other.id)).toBeUndefined();
  });

  it('will not open a round with nothing to score', async () => {
    const empty = await buildSession(app, { cards: 1, lanes: ['legitimacy'] });
    await expect(
      app.commands.run(openScoringOnPhones, { sessionId: empty.session.id }),
    ).rejects.toThrow('There are no practicability points to score yet.');
    expect(await app.db.scoringRounds.count()).toBe(0);
  });

  it('stays out of the undo history; the facilitator’s score cannot be undone under a phone’s', async () => {
    await app.commands.run(scorePracticability, { cardId: point.id, scores: s(2, 2, 2) });
    const roundId = await open();
    // The phone's score leaves the combination where it was (the lower middle of 2 and 4)…
    await score(roundId, 'ph-1', s(4, 4, 4));
    expect(await shown()).toEqual(s(2, 2, 2));
    // …but undoing the facilitator's score now would put back a card without the phone's: refused.
    await expect(app.commands.undo()).rejects.toThrow('changed since');
    expect(await shown()).toEqual(s(2, 2, 2));
    expect(await app.db.practicabilityScores.count()).toBe(2);
    // The facilitator clears their own score instead: the phone's alone is shown.
    await app.commands.run(scorePracticability, { cardId: point.id, scores: null });
    expect(await shown()).toEqual(s(4, 4, 4));
    // And that is undoable, while no phone has scored since.
    await app.commands.undo();
    expect(await shown()).toEqual(s(2, 2, 2));
  });

  it('goes with its card when the card is deleted, and comes back with it on undo', async () => {
    const roundId = await open();
    await score(roundId, 'ph-1', s(4, 4, 4));
    await app.commands.run(deleteBoardCard, { cardId: point.id });
    expect(await app.db.practicabilityScores.count()).toBe(0);
    await app.commands.undo();
    expect(await app.db.practicabilityScores.get(`${point.id}|room:ph-1`)).toMatchObject(
      s(4, 4, 4),
    );
  });
});
