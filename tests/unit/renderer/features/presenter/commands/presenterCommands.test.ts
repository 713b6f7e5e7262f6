import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { deleteCard } from '#renderer/commands/cardCommands';
import {
  clearSpotlight,
  setBlankScreen,
  setLaneHidden,
  setPresenterMode,
  setPresenterPanelOpen,
  setPresenterTheme,
  setTextScale,
  startPresenting,
  stepPresenterTextScale,
  toggleSpotlight,
} from '#renderer/features/presenter/commands/presenterCommands';
import type { SessionId } from '#shared/domain/ids';
import { presenterView } from '#shared/presenter/presenterState';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

const stored = (sessionId: SessionId) => app.db.presenterState.get(sessionId);

describe('presenter state commands', () => {
  it('Present creates the row with the board showing and the controls open', async () => {
    const { session } = await buildSession(app);
    expect(await stored(session.id)).toBeUndefined();
    await app.commands.run(startPresenting, { sessionId: session.id });
    expect(await stored(session.id)).toMatchObject({
      mode: 'board',
      blank: false,
      spotlightCardId: null,
      hiddenLanes: [],
      textScale: 1,
      panelOpen: true,
    });
    await app.commands.run(setPresenterPanelOpen, { sessionId: session.id, open: false });
    expect((await stored(session.id))!.panelOpen).toBe(false);
  });

  it('blank toggles, and un-blanking returns to what the room saw before', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(setPresenterMode, { sessionId: session.id, mode: 'prompt' });
    await app.commands.run(setBlankScreen, { sessionId: session.id });
    expect(presenterView((await stored(session.id))!)).toEqual({ kind: 'blank' });
    await app.commands.run(setBlankScreen, { sessionId: session.id });
    expect(presenterView((await stored(session.id))!)).toEqual({ kind: 'prompt' });
    await app.commands.run(setBlankScreen, { sessionId: session.id, blank: false });
    expect((await stored(session.id))!.blank).toBe(false);
  });

  it('spotlights a card, un-blanking the screen, and a second press takes it off', async () => {
    const { session, cards } = await buildSession(app, { cards: 2 });
    await app.commands.run(setBlankScreen, { sessionId: session.id, blank: true });
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[1]!.id });
    expect(presenterView((await stored(session.id))!)).toEqual({
      kind: 'spotlight',
      cardId: cards[1]!.id,
    });
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[0]!.id });
    expect((await stored(session.id))!.spotlightCardId).toBe(cards[0]!.id);
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[0]!.id });
    expect(presenterView((await stored(session.id))!)).toEqual({ kind: 'board' });
  });

  it('choosing a mode drops the spotlight and the blank', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[0]!.id });
    await app.commands.run(setBlankScreen, { sessionId: session.id, blank: true });
    await app.commands.run(setPresenterMode, { sessionId: session.id, mode: 'board' });
    expect(await stored(session.id)).toMatchObject({
      mode: 'board',
      blank: false,
      spotlightCardId: null,
    });
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[0]!.id });
    await app.commands.run(clearSpotlight, { sessionId: session.id });
    expect((await stored(session.id))!.spotlightCardId).toBeNull();
  });

  it('refuses to spotlight a deleted card or a card of another session, and changes nothing', async () => {
    const a = await buildSession(app, { cards: 1 });
    const b = await buildSession(app, { cards: 1 });
    await expect(
      app.commands.run(toggleSpotlight, { sessionId: a.session.id, cardId: b.cards[0]!.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await app.commands.run(deleteCard, { cardId: a.cards[0]!.id });
    await expect(
      app.commands.run(toggleSpotlight, { sessionId: a.session.id, cardId: a.cards[0]!.id }),
    ).rejects.toThrow(/deleted/);
    expect(await stored(a.session.id)).toBeUndefined();
  });

  it('hides and shows lanes, but never the last one on screen', async () => {
    const { session } = await buildSession(app);
    for (const lane of ['legitimacy', 'practicability', 'accountability', 'conclusions'] as const) {
      await app.commands.run(setLaneHidden, { sessionId: session.id, lane, hidden: true });
    }
    await expect(
      app.commands.run(setLaneHidden, { sessionId: session.id, lane: 'questions', hidden: true }),
    ).rejects.toThrow(/last lane on screen/);
    await app.commands.run(setLaneHidden, {
      sessionId: session.id,
      lane: 'practicability',
      hidden: false,
    });
    expect((await stored(session.id))!.hiddenLanes).toEqual([
      'legitimacy',
      'accountability',
      'conclusions',
    ]);
  });

  it('accepts only the offered text sizes, and sets the colours', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(setTextScale, { sessionId: session.id, scale: 1.5 });
    await expect(
      app.commands.run(setTextScale, { sessionId: session.id, scale: 7 }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await app.commands.run(setPresenterTheme, { sessionId: session.id, theme: 'light' });
    expect(await stored(session.id)).toMatchObject({ textScale: 1.5, theme: 'light' });
  });

  it('two quick A+ presses make two steps, each from the size stored at that moment', async () => {
    const { session } = await buildSession(app);
    // Issued together, as two clicks land before the panel has re-read the first result.
    await Promise.all([
      app.commands.run(stepPresenterTextScale, { sessionId: session.id, direction: 1 }),
      app.commands.run(stepPresenterTextScale, { sessionId: session.id, direction: 1 }),
    ]);
    expect((await stored(session.id))!.textScale).toBe(1.3);
    await app.commands.run(stepPresenterTextScale, { sessionId: session.id, direction: -1 });
    expect((await stored(session.id))!.textScale).toBe(1.15);
  });

  it('stays out of the undo history, so Ctrl+Z still undoes the last card change', async () => {
    const { session, cards } = await buildSession(app, { cards: 1 });
    await app.commands.run(setBlankScreen, { sessionId: session.id });
    await app.commands.run(toggleSpotlight, { sessionId: session.id, cardId: cards[0]!.id });
    expect(await app.commands.undo()).toBe('Add card');
    expect(await app.db.cards.count()).toBe(0);
  });

  it('refuses a session that does not exist', async () => {
    await expect(
      app.commands.run(startPresenting, { sessionId: 'gone' as SessionId }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
