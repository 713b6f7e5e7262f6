import { describe, expect, it } from 'vitest';

import { pageBreaks } from '#renderer/features/presenter/usePagedView';

describe('pageBreaks', () => {
  it('puts as many whole blocks on a page as fit, and starts the next page with the next block', () => {
    const blocks = [0, 40, 80, 120, 160].map((top) => ({ top, bottom: top + 30 }));
    expect(pageBreaks(blocks, 100)).toEqual([
      { top: 0, bottom: 70 },
      { top: 80, bottom: 150 },
      { top: 160, bottom: 190 },
    ]);
  });

  it('gives a block taller than a page a page of its own', () => {
    expect(
      pageBreaks(
        [
          { top: 0, bottom: 30 },
          { top: 40, bottom: 300 },
        ],
        100,
      ),
    ).toEqual([
      { top: 0, bottom: 30 },
      { top: 40, bottom: 300 },
    ]);
  });
});
