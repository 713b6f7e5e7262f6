import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { deleteSession } from '#renderer/commands/sessionCommands';
import {
  addClause,
  addGeneratedClauses,
  amendClause,
  generateAgreementDraft,
  removeParty,
  snapshotAgreement,
  startBlankDraft,
} from '#renderer/features/agreement/commands/agreementCommands';
import { sectionClauses } from '#shared/agreement/model';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

async function seeded() {
  const { session } = await buildSession(app);
  for (const [lane, text] of [
    ['conclusions', 'The library stays open 6 days a week'],
    ['practicability', 'If volunteers cannot staff Saturdays, then the library opens five days'],
    ['questions', 'Who pays for training?'],
  ] as const) {
    await app.commands.run(addCard, { sessionId: session.id, lane, text });
  }
  return session;
}

describe('agreement commands over the database', () => {
  it('generate a draft from the session’s cards, linked back to them, and undo removes it', async () => {
    const session = await seeded();
    const draft = await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    const cards = await app.db.cards.where('sessionId').equals(session.id).toArray();
    expect(draft.clauses.map((c) => c.sourceCardIds[0]).sort()).toEqual(
      cards.map((c) => c.id as string).sort(),
    );
    expect(await app.db.agreements.get(session.id)).toEqual(draft);
    await app.commands.undo();
    expect(await app.db.agreements.get(session.id)).toBeUndefined();
  });

  it('start a hand-written draft with the two usual parties, ready for clauses', async () => {
    const { session } = await buildSession(app);
    const blank = await app.commands.run(startBlankDraft, { sessionId: session.id });
    expect(blank.parties.map((p) => p.name)).toEqual(['Those who decide', 'Those affected']);
    const withClause = await app.commands.run(addClause, {
      sessionId: session.id,
      section: 'commitments',
      text: 'The library opens on Saturdays',
      partyId: blank.parties[0]!.id,
    });
    expect(withClause.clauses.map((c) => [c.text, c.origin])).toEqual([
      ['The library opens on Saturdays', 'manual'],
    ]);
  });

  it('refuse to generate from an empty board, with a message', async () => {
    const { session } = await buildSession(app);
    await expect(
      app.commands.run(generateAgreementDraft, { sessionId: session.id }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/The board is empty/),
    });
  });

  it('turn rule refusals into messages and write nothing', async () => {
    const session = await seeded();
    const draft = await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    await expect(
      app.commands.run(addClause, {
        sessionId: session.id,
        section: 'commitments',
        text: 'We will',
        partyId: null,
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: 'A commitment needs a party: choose who commits to it.',
    });
    await expect(
      app.commands.run(removeParty, {
        sessionId: session.id,
        partyId: draft.parties[0]!.id,
        confirmed: false,
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/has 1 commitment/),
    });
    expect(await app.db.agreements.get(session.id)).toEqual(draft);
  });

  it('offer only new cards as additions, leaving amended clauses as they are', async () => {
    const session = await seeded();
    const draft = await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    const commitment = sectionClauses(draft, 'commitments')[0]!;
    await app.commands.run(amendClause, {
      sessionId: session.id,
      clauseId: commitment.id,
      text: 'Open 5 days',
    });
    await app.commands.run(addCard, {
      sessionId: session.id,
      lane: 'conclusions',
      text: 'Residents volunteer on Saturdays',
    });
    const after = await app.commands.run(addGeneratedClauses, {
      sessionId: session.id,
      acceptKeys: [],
      offeredKeys: [],
    });
    expect(after.clauses).toHaveLength(draft.clauses.length);
    const card = (await app.db.cards.toArray()).find((c) => c.text.startsWith('Residents'))!;
    const added = await app.commands.run(addGeneratedClauses, {
      sessionId: session.id,
      acceptKeys: [`card:${card.id}`],
      offeredKeys: [`card:${card.id}`],
    });
    expect(added.clauses.map((c) => c.text)).toContain('Residents volunteer on Saturdays');
    expect(added.clauses.find((c) => c.id === commitment.id)!.text).toBe('Open 5 days');
  });

  it('number saved versions v1, v2 per session and keep them frozen', async () => {
    const session = await seeded();
    const other = await seeded();
    await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    await app.commands.run(generateAgreementDraft, { sessionId: other.id });
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(1);
    expect(await app.commands.run(snapshotAgreement, { sessionId: other.id })).toBe(1);
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(2);
    const v = await app.db.agreementVersions
      .where('[sessionId+number]')
      .equals([session.id, 1])
      .first();
    expect(v!.state.clauses).toHaveLength(3);
  });
});

describe('deleting a session', () => {
  it('deletes its draft and versions, and undo brings them back', async () => {
    const session = await seeded();
    await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    await app.commands.run(snapshotAgreement, { sessionId: session.id });
    await app.commands.run(deleteSession, { sessionId: session.id });
    expect([await app.db.agreements.count(), await app.db.agreementVersions.count()]).toEqual([
      0, 0,
    ]);
    await app.commands.undo();
    expect([await app.db.agreements.count(), await app.db.agreementVersions.count()]).toEqual([
      1, 1,
    ]);
  });
});
