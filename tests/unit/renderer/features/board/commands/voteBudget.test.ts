import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addParticipant } from '#renderer/features/board/commands/participantCommands';
import { castDot, dotsUsed, setVoteBudget } from '#renderer/features/board/commands/voteCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

/** Asha with three dots placed (two on the first card, one on the second) out of five. */
async function ashaWithThreeDots() {
  const { session, cards } = await buildSession(app, { cards: 2 });
  const asha = await app.commands.run(addParticipant, {
    sessionId: session.id,
    name: 'Asha',
    party: '',
  });
  for (const card of [cards[0]!, cards[0]!, cards[1]!])
    await app.commands.run(castDot, { cardId: card.id, participantId: asha.id, delta: 1 });
  return { session, cards, asha };
}

const votesOn = async (id: string) => (await app.db.cards.get(id as never))!.votes ?? 0;

describe('lowering the dot budget below dots already placed', () => {
  it('refuses with the choice spelled out, and changes nothing', async () => {
    const { session, cards, asha } = await ashaWithThreeDots();
    const lowering = app.commands.run(setVoteBudget, { sessionId: session.id, budget: 1 });
    await expect(lowering).rejects.toMatchObject({ code: 'conflict' });
    await expect(lowering).rejects.toThrow('Asha has 3 dots placed');
    expect(await dotsUsed(app.db, asha.id, session.activePropositionId)).toBe(3);
    expect(await votesOn(cards[0]!.id)).toBe(2);
  });

  it('takes back the extra dots when asked, so the count never lies; undo puts them back', async () => {
    const { session, cards, asha } = await ashaWithThreeDots();
    await app.commands.run(setVoteBudget, { sessionId: session.id, budget: 1, takeBack: true });
    expect(await dotsUsed(app.db, asha.id, session.activePropositionId)).toBe(1);
    // The card with fewest votes loses its dot first; the favourite keeps one.
    expect(await votesOn(cards[1]!.id)).toBe(0);
    expect(await votesOn(cards[0]!.id)).toBe(1);
    await app.commands.undo();
    expect(await dotsUsed(app.db, asha.id, session.activePropositionId)).toBe(3);
    expect(await votesOn(cards[0]!.id)).toBe(2);
    expect(await votesOn(cards[1]!.id)).toBe(1);
  });

  it('lowers freely while nobody has more dots placed than the new budget', async () => {
    const { session } = await ashaWithThreeDots();
    await expect(
      app.commands.run(setVoteBudget, { sessionId: session.id, budget: 3 }),
    ).resolves.toBe(3);
  });
});
