import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  fitsWithoutOldest,
  heightWithoutOldest,
  oldestToHide,
  roomForHidden,
  type ListGeometry,
} from '#renderer/features/presenter/listFit';

/** A column of cards as the browser lays it out: each starts a gap below the one before. */
function column(
  heights: readonly number[],
  gap: number,
  box: { clientHeight: number; paddingTop: number; paddingBottom: number },
): ListGeometry {
  let top = 0;
  const items = heights.map((h) => {
    const item = { top, bottom: top + h };
    top += h + gap;
    return item;
  });
  return { ...box, items };
}

/** What the cards from `from` on need, added up the long way. */
function needed(
  heights: readonly number[],
  gap: number,
  box: { paddingTop: number; paddingBottom: number },
  from: number,
): number {
  const rest = heights.slice(from);
  return (
    box.paddingTop +
    rest.reduce((a, b) => a + b, 0) +
    gap * Math.max(rest.length - 1, 0) +
    box.paddingBottom
  );
}

const arbitraryList = fc.record({
  heights: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 24 }),
  gap: fc.integer({ min: 0, max: 24 }),
  clientHeight: fc.integer({ min: 0, max: 2000 }),
  paddingTop: fc.integer({ min: 0, max: 20 }),
  paddingBottom: fc.integer({ min: 0, max: 20 }),
});

describe('thinning a crowded lane on the room screen', () => {
  it('measures what the remaining cards need exactly as a column lays them out', () => {
    fc.assert(
      fc.property(arbitraryList, fc.nat(), ({ heights, gap, ...box }, seed) => {
        const from = seed % heights.length;
        expect(heightWithoutOldest(column(heights, gap, box), from)).toBe(
          needed(heights, gap, box, from),
        );
      }),
    );
  });

  it('hides the fewest oldest cards that make the rest fit, and never the newest', () => {
    fc.assert(
      fc.property(arbitraryList, ({ heights, gap, ...box }) => {
        const geometry = column(heights, gap, box);
        const hidden = oldestToHide(geometry);
        expect(hidden).toBeGreaterThanOrEqual(0);
        expect(hidden).toBeLessThanOrEqual(heights.length - 1);
        if (fitsWithoutOldest(geometry, hidden)) {
          // Fewest: one card fewer hidden would not fit.
          if (hidden > 0) expect(fitsWithoutOldest(geometry, hidden - 1)).toBe(false);
          // A pixel to spare, so sub-pixel heights rounded down in offsets never cut a card.
          expect(needed(heights, gap, box, hidden) + 1).toBeLessThanOrEqual(box.clientHeight);
        } else {
          // Only the newest card is left and even it does not fit: the caller shrinks the type.
          expect(hidden).toBe(heights.length - 1);
        }
      }),
    );
  });

  it('takes no card away from a lane that fits', () => {
    const geometry = column([100, 100, 100], 10, {
      clientHeight: 400,
      paddingTop: 5,
      paddingBottom: 5,
    });
    expect(heightWithoutOldest(geometry, 0)).toBe(330);
    expect(oldestToHide(geometry)).toBe(0);
  });

  it('judges whether the newest hidden card could come back into the space left', () => {
    const box = { clientHeight: 400, paddingTop: 0, paddingBottom: 0 };
    const geometry = column([100, 100], 10, box); // 210 used, 190 free
    expect(roomForHidden(geometry, 10, 150)).toBe(true); // 210 + 10 + 150 + 1 = 371
    expect(roomForHidden(geometry, 10, 180)).toBe(false); // 401 would not fit
    // Never measured (hidden before it was ever shown): look again rather than guess.
    expect(roomForHidden(geometry, 10, undefined)).toBe(true);
  });
});
