import { describe, expect, it } from 'vitest';

import type { CardId, SessionId } from '#shared/domain/ids';
import {
  defaultPresenterState,
  formatTextScale,
  presenterView,
  stepTextScale,
  TEXT_SCALES,
  visibleLanes,
} from '#shared/presenter/presenterState';

describe('presenter rules', () => {
  it('shows blank over a spotlight, and a spotlight over the chosen mode', () => {
    const state = {
      ...defaultPresenterState('s' as SessionId, 0),
      mode: 'prompt' as const,
      spotlightCardId: 'c' as CardId,
    };
    expect(presenterView({ ...state, blank: true })).toEqual({ kind: 'blank' });
    expect(presenterView(state)).toEqual({ kind: 'spotlight', cardId: 'c' });
    expect(presenterView({ ...state, spotlightCardId: null })).toEqual({ kind: 'prompt' });
  });

  it('steps the text size through the offered sizes and stops at the ends', () => {
    expect(stepTextScale(1, 1)).toBe(1.15);
    expect(stepTextScale(1, -1)).toBe(0.9);
    expect(stepTextScale(TEXT_SCALES[0], -1)).toBe(TEXT_SCALES[0]);
    expect(stepTextScale(2, 1)).toBe(2);
    expect(stepTextScale(1.2, 1)).toBe(1.3);
    expect(formatTextScale(1.15)).toBe('115%');
  });

  it('keeps the board order of the lanes left on screen', () => {
    expect(visibleLanes(['conclusions', 'legitimacy'])).toEqual([
      'practicability',
      'accountability',
      'questions',
    ]);
  });
});
