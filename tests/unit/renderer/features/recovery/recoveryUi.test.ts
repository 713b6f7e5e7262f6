import { describe, expect, it } from 'vitest';

import { isReadFailure, readOrFailure } from '#renderer/db/readOrFailure';
import { describeCounts } from '#renderer/features/recovery/describeSnapshot';
import { storageWarning } from '#renderer/features/recovery/storageWarning';
import { parseRoute, routeHref } from '#renderer/ui/useHashRoute';

describe('the Restore route', () => {
  it('round-trips through the hash', () => {
    expect(parseRoute('#/restore')).toEqual({ name: 'restore' });
    expect(routeHref({ name: 'restore' })).toBe('#/restore');
  });
});

describe('snapshot descriptions', () => {
  it('name sessions and cards in plain words', () => {
    expect(describeCounts({ sessions: 1, cards: 1 })).toBe('1 session, 1 card');
    expect(describeCounts({ sessions: 3, cards: 42, votes: 7 })).toBe('3 sessions, 42 cards');
    expect(describeCounts({})).toBe('0 sessions, 0 cards');
  });
});

describe('reads that fail', () => {
  it('are reported as failures, never as empty results', async () => {
    const failed = await readOrFailure(async () => {
      throw Object.assign(new Error('disk I/O error'), { name: 'UnknownError' });
    });
    expect(isReadFailure(failed)).toBe(true);
    expect(failed).toEqual({ failed: true, message: 'UnknownError: disk I/O error' });
    const empty = await readOrFailure(async () => []);
    expect(isReadFailure(empty)).toBe(false);
    expect(empty).toEqual([]);
  });
});

describe('the low-storage warning', () => {
  it('stays quiet with room to spare and warns above nine tenths of the quota', () => {
    expect(storageWarning({ usage: 10, quota: 100 })).toBeNull();
    expect(storageWarning({})).toBeNull();
    expect(storageWarning({ usage: 95 * 1024 * 1024, quota: 100 * 1024 * 1024 })).toBe(
      'Parley is almost out of storage space (95 MB of 100 MB used). Free some disk space soon, or saving will stop working.',
    );
  });
});
