// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard, editCard } from '#renderer/commands/cardCommands';
import { DEXIE_LOCAL_EVENT, DRAWN_FIRST_CHANNEL } from '#renderer/db/announceAfterPaint';
import { commitsAnnounced, commitsHeard } from '#renderer/db/commitCount';
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

/** Long enough for a BroadcastChannel message between two channels of this process to arrive. */
const messagesArrive = () => new Promise((resolve) => setTimeout(resolve, 50));

/** What a channel of the origin (another window) hears. */
function otherWindow(name: string) {
  const heard: ObservabilitySet[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<ObservabilitySet>) => heard.push(event.data);
  return { heard, close: () => channel.close() };
}
const cardParts = (parts: ObservabilitySet) =>
  Object.keys(parts).filter((part) => part.includes('/cards/'));

describe('a commit the window draws itself is announced to live queries after it is drawn', () => {
  it('draws the card and counts the commit first, and announces it once, later, with its key ranges', async () => {
    const drawn = drawNewCards();
    const before = commitsHeard();
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'Drawn first' });
    expect(drawn).toEqual(['Drawn first']);
    expect(commitsHeard()).toBe(before + 1);
    // Counted, but not yet announced here: a read learning of commits from announcements alone
    // holds it only later.
    expect(commitsAnnounced()).toBe(before);
    expect(announced).toEqual([]);

    // After the next frame (jsdom draws one every 16 ms), then when idle.
    await expect.poll(() => announced.length).toBe(1);
    expect(commitsAnnounced()).toBe(commitsHeard());
    await messagesArrive();
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

  it('tells the other windows at once, on Parley’s channel only, and this window once, later', async () => {
    drawNewCards();
    const parley = otherWindow(DRAWN_FIRST_CHANNEL);
    // Dexie's BroadcastChannel bears the name of its DOM event.
    const dexie = otherWindow(DEXIE_LOCAL_EVENT);
    await app.commands.run(addCard, { sessionId, lane: 'legitimacy', text: 'For the room view' });
    await messagesArrive();
    expect(parley.heard).toHaveLength(1);
    expect(cardParts(parley.heard[0]!)).not.toEqual([]);
    // Dexie's own broadcast would reach this window's live queries too, before the frame.
    expect(dexie.heard).toEqual([]);
    expect(announced).toHaveLength(1);
    parley.close();
    dexie.close();
  });

  it('announces here, at once, a drawn-first commit another window sends', async () => {
    const sender = new BroadcastChannel(DRAWN_FIRST_CHANNEL);
    sender.postMessage({ 'idb://parley/cards/': { from: 'a', to: 'b' } });
    await expect.poll(() => announced.length).toBe(1);
    sender.close();
  });
});
