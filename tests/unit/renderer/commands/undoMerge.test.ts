import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { RowDiff } from '#renderer/commands/diff';
import { restoredRow, sameData } from '#renderer/commands/undoMerge';

const diff = (before: unknown, after: unknown): RowDiff => ({
  table: 'cards',
  key: 'c-1',
  before,
  after,
});

describe('undo puts back only what the command changed', () => {
  const before = { id: 'c-1', text: 'Old', votes: 0, updatedAt: 1 };
  const after = { id: 'c-1', text: 'New', votes: 0, updatedAt: 2 };

  it('keeps a field another writer changed since (a phone’s dot)', () => {
    const now = { ...after, votes: 3, updatedAt: 5 };
    expect(restoredRow(now, diff(before, after), 'before')).toEqual({
      kind: 'put',
      row: { id: 'c-1', text: 'Old', votes: 3, updatedAt: 1 },
    });
  });

  it('refuses when the field it changed was changed again since', () => {
    const now = { ...after, text: 'Newer' };
    expect(restoredRow(now, diff(before, after), 'before')).toEqual({ kind: 'conflict' });
  });

  it('refuses to bring back a row changed by the command and deleted since', () => {
    expect(restoredRow(undefined, diff(before, after), 'before')).toEqual({ kind: 'conflict' });
  });

  it('undoes a create by deleting, unless the row was changed since', () => {
    expect(restoredRow(after, diff(undefined, after), 'before')).toEqual({ kind: 'delete' });
    expect(restoredRow({ ...after, updatedAt: 9 }, diff(undefined, after), 'before')).toEqual({
      kind: 'delete',
    });
    expect(restoredRow({ ...after, votes: 1 }, diff(undefined, after), 'before')).toEqual({
      kind: 'conflict',
    });
    expect(restoredRow(undefined, diff(undefined, after), 'before')).toBeNull();
  });

  it('undoes a delete by writing the row back, unless another took its key', () => {
    expect(restoredRow(undefined, diff(before, undefined), 'before')).toEqual({
      kind: 'put',
      row: before,
    });
    expect(restoredRow({ ...before, text: 'Other' }, diff(before, undefined), 'before')).toEqual({
      kind: 'conflict',
    });
  });

  it('redo is the same rule the other way', () => {
    const now = { ...before, votes: 2 };
    expect(restoredRow(now, diff(before, after), 'after')).toEqual({
      kind: 'put',
      row: { id: 'c-1', text: 'New', votes: 2, updatedAt: 2 },
    });
  });

  it('with nothing written since, undo gives exactly the row before (any rows)', () => {
    const row = fc.dictionary(
      fc.constantFrom('text', 'lane', 'votes', 'tags', 'meta'),
      fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.record({ a: fc.integer() })),
    );
    fc.assert(
      fc.property(row, row, (b, a) => {
        const restored = restoredRow(a, diff(b, a), 'before');
        if (restored === null || restored.kind !== 'put') return false;
        return sameData(restored.row, b);
      }),
    );
  });
});

describe('sameData', () => {
  it('compares stored data structurally, key order and absent fields aside', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
