import { describe, expect, it } from 'vitest';

import { formatCount } from '#shared/domain/formatCount';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en-GB") does, thousands separated by commas', () => {
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_234_567, -4_500, 2 ** 53 - 1, 1.5])
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});
