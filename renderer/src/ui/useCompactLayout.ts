import { useSyncExternalStore } from 'react';

/**
 * Below this width the board takes the laptop layout: the stage panel folds to a strip above the
 * lanes and the five lanes share one row (docs/architecture.md, "The board on a laptop"). The CSS
 * in styles/board-laptop.css uses the same width.
 */
export const COMPACT_QUERY = '(max-width: 1599px)';

function query(): MediaQueryList | null {
  return typeof window === 'undefined' || !window.matchMedia
    ? null
    : window.matchMedia(COMPACT_QUERY);
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the window is laptop-sized now (kept up to date as it is resized). */
export function isCompactLayout(): boolean {
  return query()?.matches ?? false;
}

export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, isCompactLayout, () => false);
}

/** Whether the stage panel is open: as set by hand, else open on a wide screen only. */
export function stagePanelShown(openByHand: boolean | null, compact: boolean): boolean {
  return openByHand ?? !compact;
}
