import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import {
  amendClause,
  generateAgreementDraft,
  setDraftAssent,
} from '#renderer/features/agreement/commands/agreementCommands';
import {
  openConsentRound,
  recordStanceFromRoom,
  revealConsentRound,
} from '#renderer/features/agreement/commands/consentCommands';
import type { SessionId } from '#shared/domain/ids';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

async function draftWithClause(sessionId: SessionId) {
  await app.commands.run(addCard, { sessionId, lane: 'conclusions', text: 'We will open Sundays' });
  return app.commands.run(generateAgreementDraft, { sessionId });
}

/** A session with a drafted clause and a round open on it. */
async function roundOnFirstClause(scale: 'fist-to-five' | 'gradients') {
  const { session } = await buildSession(app);
  const sessionId = session.id;
  const draft = await draftWithClause(sessionId);
  const opened = await app.commands.run(openConsentRound, {
    sessionId,
    target: { kind: 'clause', clauseId: draft.clauses[0]!.id },
    scale,
  });
  return { sessionId, draft, roundId: opened.consentRounds[0]!.id };
}

describe('a stance from a phone in the room', () => {
  it('is recorded for the party the phone chose, replaces a resent stance, stays private until revealed, and is not the facilitator’s to undo', async () => {
    const { session } = await buildSession(app);
    const sessionId = session.id;
    const draft = await draftWithClause(sessionId);
    const [first, second] = draft.parties;
    const opened = await app.commands.run(openConsentRound, {
      sessionId,
      target: { kind: 'clause', clauseId: draft.clauses[0]!.id },
      scale: 'fist-to-five',
    });
    const roundId = opened.consentRounds[0]!.id;
    const stance = { sessionId, roundId, phoneId: 'ph-asha', name: 'Asha', reason: '' };

    await app.commands.run(recordStanceFromRoom, { ...stance, partyId: first!.id, value: 5 });
    // The phone changes its mind, and its party: still one voice, the latest.
    const after = await app.commands.run(recordStanceFromRoom, {
      ...stance,
      partyId: second!.id,
      value: 4,
    });
    expect(after.consentRounds[0]!.stances).toMatchObject([
      { partyId: second!.id, speaker: 'Asha', participantId: 'room:ph-asha', value: 4 },
    ]);
    expect(after.consentRounds[0]!.revealedAt).toBeNull();

    const revealed = await app.commands.run(revealConsentRound, { sessionId, roundId });
    expect((await app.db.agreements.get(sessionId))?.consentRounds[0]!.revealedAt).toBe(
      revealed.consentRounds[0]!.revealedAt,
    );
    // Ctrl+Z takes back the facilitator's own steps; the phone's stances are no undo entries.
    expect(await app.commands.undo()).toBe('Reveal');
    // Undoing the round's opening would erase the phone's stance given in it since: refused, and
    // the stance stays.
    await expect(app.commands.undo()).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Could not undo “check consent”'),
    });
    expect((await app.db.agreements.get(sessionId))?.consentRounds[0]!.stances).toMatchObject([
      { participantId: 'room:ph-asha', value: 4 },
    ]);
    expect(app.commands.history.peekUndo()?.label).toBe('Generate draft');
  });

  it('an undo of the facilitator’s clause edit keeps the stances phones gave since', async () => {
    const { sessionId, draft, roundId } = await roundOnFirstClause('fist-to-five');
    const clause = draft.clauses[0]!;
    await app.commands.run(amendClause, {
      sessionId,
      clauseId: clause.id,
      text: 'The library opens on Sundays too',
    });
    await app.commands.run(recordStanceFromRoom, {
      sessionId,
      roundId,
      phoneId: 'ph-ben',
      name: null,
      reason: '',
      partyId: draft.parties[0]!.id,
      value: 5,
    });
    expect(await app.commands.undo()).toBe('Amend clause');
    const stored = (await app.db.agreements.get(sessionId))!;
    expect(stored.clauses.find((c) => c.id === clause.id)!.text).toBe(clause.text);
    expect(stored.consentRounds[0]!.stances).toMatchObject([
      { participantId: 'room:ph-ben', value: 5 },
    ]);
  });

  it('refuses a low stance without a reason, as the facilitator’s screen does, and changes nothing', async () => {
    const { sessionId, draft, roundId } = await roundOnFirstClause('gradients');
    const input = { sessionId, roundId, phoneId: 'ph-1', partyId: draft.parties[0]!.id };
    await expect(
      app.commands.run(recordStanceFromRoom, { ...input, value: 8, reason: '  ' }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/low stance: say why/) });
    expect((await app.db.agreements.get(sessionId))!.consentRounds[0]!.stances).toEqual([]);
  });

  it('makes a low stance with a reason on the whole draft the party’s objection to the draft, which blocks its assent', async () => {
    const { session } = await buildSession(app);
    const sessionId = session.id;
    const draft = await draftWithClause(sessionId);
    const party = draft.parties[0]!;
    await app.commands.run(setDraftAssent, { sessionId, partyId: party.id, assent: true });
    const opened = await app.commands.run(openConsentRound, {
      sessionId,
      target: { kind: 'draft' },
      scale: 'fist-to-five',
    });
    const roundId = opened.consentRounds[0]!.id;
    await app.commands.run(recordStanceFromRoom, {
      sessionId,
      roundId,
      phoneId: 'ph-2',
      partyId: party.id,
      value: 0,
      reason: 'No review date',
    });
    const revealed = await app.commands.run(revealConsentRound, { sessionId, roundId });
    expect(revealed.draftObjections).toMatchObject([
      { partyId: party.id, text: 'No review date', roundId, resolution: null },
    ]);
    expect(revealed.draftAssent[party.id]).toBeUndefined();
    await expect(
      app.commands.run(setDraftAssent, { sessionId, partyId: party.id, assent: true }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/objects to the whole draft/) });
  });
});
