import 'fake-indexeddb/auto';

import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard, editCard } from '#renderer/commands/cardCommands';
import { commitsHeard } from '#renderer/db/commitCount';
import { createdCards } from '#renderer/features/board/committedCards';
import type { SessionId } from '#shared/domain/ids';

let app: TestApp;
let sessionId: SessionId;
let announced: ObservabilitySet[];
const hear = (parts: ObservabilitySet) => void announced.push(parts);

beforeEach(async () => {
  app = createTestApp();
  ({
    session: { id: sessionId },
  } = await buildSession(app, { cards: 1 }));
  announced = [];
  Dexie.on('storagemutated', hear);
});
afterEach(() => {
  Dexie.on.storagemutated.unsubscribe(hear);
  app.db.close();
});

/** A listener that draws the cards a command creates, as the board does. */
function drawNewCards() {
  const drawn: string[] = [];
  app.commands.onCommit(
    (diffs) => drawn.push(...createdCards(diffs).map((c) => c.text)),
    (diffs) => createdCards(diffs).length > 0,
  );
  return drawn;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const cardParts = (parts: ObservabilitySet) =>
  Object.keys(parts).filter((part) => part.includes('/cards/'));

describe('a commit the window draws itself is announced to live queries after it is drawn', () => {
  it('draws the card and counts the commit first, and announces it once, later, with its key ranges', async () => {
    const drawn = drawNewCards();
    const before = commitsHeard();
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Drawn first' });
    expect(drawn).toEqual(['Drawn first']);
    expect(commitsHeard()).toBe(before + 1);
    expect(announced).toEqual([]);

    await nextTask();
    expect(announced).toHaveLength(1);
    expect(cardParts(announced[0]!)).not.toEqual([]);
  });

  it('announces other commits at once, as Dexie does', async () => {
    drawNewCards();
    const [card] = await app.db.cards.toArray();
    await app.commands.run(editCard, { cardId: card!.id, text: 'Edited' });
    expect(announced).toHaveLength(1);
    expect(cardParts(announced[0]!)).not.toEqual([]);
  });

  it('announces at once when no listener draws the rows', async () => {
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Not drawn' });
    expect(announced).toHaveLength(1);
  });

  it('stops deferring once the drawing listener is gone', async () => {
    const stop = app.commands.onCommit(
      () => undefined,
      () => true,
    );
    stop();
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'After' });
    expect(announced).toHaveLength(1);
  });

  it('a live query of the lane still sees the card, after the announcement', async () => {
    drawNewCards();
    const seen: string[][] = [];
    const subscription = Dexie.liveQuery(() =>
      app.db.cards.where('sessionId').equals(sessionId).toArray(),
    ).subscribe((cards) => seen.push(cards.map((c) => c.text)));
    await expect.poll(() => seen.length).toBe(1);
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Seen later' });
    await expect.poll(() => seen.at(-1)).toContain('Seen later');
    subscription.unsubscribe();
  });
});
