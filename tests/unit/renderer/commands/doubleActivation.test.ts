import { beforeEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { DOUBLE_ACTIVATION_MS } from '#renderer/commands/commandRunner';
import { createSession } from '#renderer/commands/sessionCommands';
import {
  generateAgreementDraft,
  snapshotAgreement,
} from '#renderer/features/agreement/commands/agreementCommands';
import { openExampleSession } from '#renderer/features/stages/commands/exampleCommands';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});

describe('commands that create, activated twice', () => {
  it('Save as v1 double-clicked makes one version; a later click makes v2', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text: 'Agreed' });
    await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    const twice = await Promise.all([
      app.commands.run(snapshotAgreement, { sessionId: session.id }),
      app.commands.run(snapshotAgreement, { sessionId: session.id }),
    ]);
    expect(twice).toEqual([1, 1]);
    // The second click of a double click comes after the first has finished, too.
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(1);
    expect(await app.db.agreementVersions.count()).toBe(1);
    app.clock.advance(DOUBLE_ACTIVATION_MS);
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(2);
  });

  it('Create session submitted twice makes one session', async () => {
    const input = { title: 'Group B', proposition: 'P' };
    const first = await app.commands.run(createSession, input);
    const second = await app.commands.run(createSession, input);
    expect(second.id).toBe(first.id);
    expect(await app.db.sessions.count()).toBe(1);
  });

  it('the same create after something else was done is deliberate, and runs', async () => {
    const { session } = await buildSession(app);
    await app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text: 'Agreed' });
    await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(1);
    await app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text: 'More' });
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(2);
  });

  it('a refused create can be tried again at once', async () => {
    const { session } = await buildSession(app);
    await expect(app.commands.run(snapshotAgreement, { sessionId: session.id })).rejects.toThrow(
      /no draft/,
    );
    await app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text: 'Agreed' });
    await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    expect(await app.commands.run(snapshotAgreement, { sessionId: session.id })).toBe(1);
  });

  it('Open example session twice opens the one example, even much later', async () => {
    const first = await app.commands.run(openExampleSession, undefined);
    app.clock.advance(60 * 60_000);
    const again = await app.commands.run(openExampleSession, undefined);
    expect(first.reused).toBe(false);
    expect(again).toMatchObject({ reused: true, session: { id: first.session.id } });
    expect(await app.db.sessions.count()).toBe(1);
  });
});
