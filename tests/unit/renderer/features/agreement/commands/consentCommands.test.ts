import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { generateAgreementDraft } from '#renderer/features/agreement/commands/agreementCommands';
import {
  openConsentRound,
  recordStanceFromRoom,
  revealConsentRound,
} from '#renderer/features/agreement/commands/consentCommands';
import { addParticipant } from '#renderer/features/board/commands/participantCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('a stance from a phone in the room', () => {
  it('is recorded for the participant’s party with their name, replaces a resent stance, and stays private until revealed', async () => {
    const { session } = await buildSession(app);
    const sessionId = session.id;
    const asha = await app.commands.run(addParticipant, {
      sessionId,
      name: 'Asha',
      party: 'Library service',
    });
    const stray = await app.commands.run(addParticipant, { sessionId, name: 'Kim', party: '' });
    await app.commands.run(addCard, {
      sessionId,
      lane: 'conclusions',
      text: 'We will open Sundays',
    });
    const draft = await app.commands.run(generateAgreementDraft, { sessionId });
    const clauseId = draft.clauses[0]!.id;
    const opened = await app.commands.run(openConsentRound, {
      sessionId,
      target: { kind: 'clause', clauseId },
      scale: 'fist-to-five',
    });
    const roundId = opened.consentRounds[0]!.id;

    await app.commands.run(recordStanceFromRoom, {
      sessionId,
      roundId,
      participantId: asha.id,
      value: 5,
    });
    // The phone retries after a reconnect with a changed mind: one stance, the latest.
    const after = await app.commands.run(recordStanceFromRoom, {
      sessionId,
      roundId,
      participantId: asha.id,
      value: 4,
    });
    expect(after.consentRounds[0]!.stances).toMatchObject([
      { partyId: draft.parties[0]!.id, speaker: 'Asha', value: 4, source: 'phone' },
    ]);
    expect(after.consentRounds[0]!.revealedAt).toBeNull();

    await expect(
      app.commands.run(recordStanceFromRoom, {
        sessionId,
        roundId,
        participantId: stray.id,
        value: 3,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/not down for a party/) });

    const revealed = await app.commands.run(revealConsentRound, { sessionId, roundId });
    expect(revealed.consentRounds[0]!.revealedAt).not.toBeNull();
    expect((await app.db.agreements.get(sessionId))?.consentRounds[0]!.revealedAt).not.toBeNull();
  });
});
