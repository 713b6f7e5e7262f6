import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { addCard, editCard } from '#renderer/commands/cardCommands';
import { CommandRunner } from '#renderer/commands/commandRunner';
import { deleteBoardCard } from '#renderer/features/board/commands/cardDetailCommands';
import { groupCards } from '#renderer/features/board/commands/groupCommands';
import { moveCard } from '#renderer/features/board/commands/moveCommands';
import { addParticipant } from '#renderer/features/board/commands/participantCommands';
import { castDot, setVoteBudget } from '#renderer/features/board/commands/voteCommands';
import type { CardId } from '#shared/domain/ids';
import { LANE_IDS, type LaneId } from '#shared/domain/lanes';

import { lane } from './boardFixtures';

// A model-based test: random sequences of board commands run against the real command layer
// (on fake-indexeddb) and against a plain in-memory model of what the board should show. After
// every step both must agree lane by lane: which cards, in what order, in which groups, with
// how many votes. Undo/redo in the model are snapshots, so any diff the runner forgets to record
// or replays wrongly shows up as a mismatch.

interface ModelCard {
  key: number;
  text: string;
  group: string | null;
  votes: number;
}
type Model = Record<LaneId, ModelCard[]>;

const laneArb = fc.constantFrom(...LANE_IDS);
const opArb = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('add' as const), lane: laneArb }), weight: 3 },
  fc.record({ op: fc.constant('edit' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), i: fc.nat(), lane: laneArb, before: fc.nat() }),
  fc.record({ op: fc.constant('group' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('vote' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('redo' as const) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function emptyModel(): Model {
  return Object.fromEntries(LANE_IDS.map((l) => [l, []])) as unknown as Model;
}
function clone(m: Model): Model {
  return Object.fromEntries(
    LANE_IDS.map((l) => [l, m[l].map((c) => ({ ...c }))]),
  ) as unknown as Model;
}
function allCards(m: Model): { lane: LaneId; card: ModelCard }[] {
  return LANE_IDS.flatMap((l) => m[l].map((card) => ({ lane: l, card })));
}
/** Group keys renamed by first appearance, so model keys and real ids can be compared. */
function normalise(rows: { lane: LaneId; text: string; group: string | null; votes: number }[]) {
  const names = new Map<string, number>();
  return rows.map((r) => ({
    ...r,
    group:
      r.group === null
        ? null
        : (names.get(r.group) ?? names.set(r.group, names.size).get(r.group)!),
  }));
}

async function runSequence(ops: Op[]): Promise<void> {
  const setup = createTestApp();
  const { session } = await buildSession(setup);
  await setup.commands.run(setVoteBudget, { sessionId: session.id, budget: 99 });
  const voter = await setup.commands.run(addParticipant, {
    sessionId: session.id,
    name: 'Voter',
    party: '',
  });
  // A fresh runner over the same database: the sequence starts with an empty undo history.
  const app = { ...setup, commands: new CommandRunner(setup.db, setup.clock.now) };
  let model = emptyModel();
  const done: Model[] = [];
  let undone: Model[] = [];
  const ids = new Map<number, CardId>();
  let nextKey = 0;
  let nextGroup = 0;

  for (const op of ops) {
    const cards = allCards(model);
    const before = clone(model);
    const topBefore = app.commands.history.peekUndo();
    const pick = (n: number) => cards[n % cards.length]!;
    if (op.op === 'undo' || op.op === 'redo') {
      const label = op.op === 'undo' ? await app.commands.undo() : await app.commands.redo();
      const stack = op.op === 'undo' ? done : undone;
      expect(label === null).toBe(stack.length === 0);
      if (stack.length > 0) {
        const restored = stack.pop()!;
        (op.op === 'undo' ? undone : done).push(model);
        model = restored;
      }
    } else if (op.op === 'add') {
      const key = nextKey++;
      const card = await app.commands.run(addCard, {
        sessionId: session.id,
        lane: op.lane,
        text: `card ${key}`,
      });
      ids.set(key, card.id);
      model[op.lane].push({ key, text: `card ${key}`, group: null, votes: 0 });
    } else if (cards.length === 0) {
      continue;
    } else if (op.op === 'edit') {
      const { card } = pick(op.i);
      card.text = `${card.text}*`;
      await app.commands.run(editCard, { cardId: ids.get(card.key)!, text: card.text });
    } else if (op.op === 'vote') {
      const { card } = pick(op.i);
      card.votes++;
      await app.commands.run(castDot, {
        cardId: ids.get(card.key)!,
        participantId: voter.id,
        delta: 1,
      });
    } else if (op.op === 'delete') {
      const { lane: from, card } = pick(op.i);
      model[from] = model[from].filter((c) => c !== card);
      await app.commands.run(deleteBoardCard, { cardId: ids.get(card.key)! });
    } else if (op.op === 'move') {
      const { lane: from, card } = pick(op.i);
      model[from] = model[from].filter((c) => c !== card);
      const others = model[op.lane];
      const index = op.before % (others.length + 1);
      const prev = others[index - 1];
      const next = others[index];
      card.group = prev?.group && prev.group === next?.group ? prev.group : null;
      others.splice(index, 0, card);
      await app.commands.run(moveCard, {
        cardId: ids.get(card.key)!,
        lane: op.lane,
        beforeCardId: next ? ids.get(next.key)! : null,
      });
    } else if (op.op === 'group') {
      const target = pick(op.i);
      const other = pick(op.j);
      if (target.card === other.card) continue;
      const group = target.card.group ?? `m${nextGroup++}`;
      target.card.group = group;
      model[other.lane] = model[other.lane].filter((c) => c !== other.card);
      const others = model[target.lane];
      other.card.group = group;
      others.splice(others.findLastIndex((c) => c.group === group) + 1, 0, other.card);
      await app.commands.run(groupCards, {
        targetCardId: ids.get(target.card.key)!,
        cardIds: [ids.get(other.card.key)!],
      });
    }
    if (op.op !== 'undo' && op.op !== 'redo' && app.commands.history.peekUndo() !== topBefore) {
      done.push(before);
      undone = [];
    }

    const real = normalise(
      (await Promise.all(LANE_IDS.map((l) => lane(app, session.id, l)))).flatMap((cs, i) =>
        cs.map((c) => ({
          lane: LANE_IDS[i]!,
          text: c.text,
          group: c.groupId ?? null,
          votes: c.votes ?? 0,
        })),
      ),
    );
    const expected = normalise(
      allCards(model).map(({ lane: l, card }) => ({
        lane: l,
        text: card.text,
        group: card.group,
        votes: card.votes,
      })),
    );
    expect(real).toEqual(expected);
    expect(await app.db.groups.count()).toBe(
      new Set(expected.map((r) => r.group).filter((g) => g !== null)).size,
    );
  }
  app.db.close();
}

describe('the board against a simple model', () => {
  it('agrees after every step of 200 random sequences of add, edit, move, group, vote, delete, undo and redo', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 24 }), runSequence),
      { numRuns: 200 },
    );
  }, 180_000);
});
