import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { defineCommand } from '#renderer/commands/command';
import type { SessionId } from '#shared/domain/ids';

/**
 * Dexie finds "the current transaction" through an async zone, which can be lost across native
 * awaits under load. `Dexie.ignoreTransaction` leaves the zone on purpose, so it stands in for that
 * loss here: whatever a command does, its work must land in its own transaction or not at all.
 */
const addTwoThenFail = defineCommand<{ sessionId: SessionId }, void>({
  name: 'test.addTwoThenFail',
  label: 'Add two cards, then fail',
  tables: ['cards', 'propositions', 'sessions'],
  undoable: true,
  async run({ sessionId }, w, ctx) {
    await addCard.run({ sessionId, lane: 'legitimacy', text: 'Before the zone was lost' }, w, ctx);
    await Dexie.ignoreTransaction(() =>
      addCard.run({ sessionId, lane: 'legitimacy', text: 'After the zone was lost' }, w, ctx),
    );
    throw new Error('The command fails after both writes');
  },
});

describe("a command's reads and writes stay in its transaction", () => {
  it('rolls back every write of a failed command, even one made after the async zone was lost', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    await expect(app.commands.run(addTwoThenFail, { sessionId: session.id })).rejects.toThrow(
      'The command fails after both writes',
    );
    expect(await app.db.cards.where('sessionId').equals(session.id).count()).toBe(0);
  });

  it('commits every write of a command that succeeds after the zone was lost, in the one undo step', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    const addTwo = defineCommand<void, void>({
      ...addTwoThenFail,
      name: 'test.addTwo',
      async run(_input, w, ctx) {
        await addCard.run({ sessionId: session.id, lane: 'legitimacy', text: 'One' }, w, ctx);
        await Dexie.ignoreTransaction(() =>
          addCard.run({ sessionId: session.id, lane: 'legitimacy', text: 'Two' }, w, ctx),
        );
      },
    });
    await app.commands.run(addTwo, undefined);
    expect(await app.db.cards.where('sessionId').equals(session.id).count()).toBe(2);
    await app.commands.undo();
    expect(await app.db.cards.where('sessionId').equals(session.id).count()).toBe(0);
  });
});
