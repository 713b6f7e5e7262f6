import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type RefObject,
} from 'react';

/** Space between rows (the list's CSS gap) and around them (its padding), in px. */
export const ROW_GAP = 8;
export const LIST_PAD = 10;
const ESTIMATE = 74;
const OVERSCAN_PX = 500;

export interface VirtualWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Ref callback for each drawn row (needs data-row-key): measures it while mounted. */
  measure(el: HTMLElement | null): (() => void) | undefined;
  scrollToIndex(index: number): void;
}

/**
 * Draws only the rows near the visible part of a scrolling list (docs/architecture.md, "Performance
 * budgets": at 10,000 cards the board keeps a few hundred elements mounted). Rows may differ in
 * height: each drawn row is measured by a ResizeObserver and unmeasured rows use an estimate, so
 * scrolling stays right as cards wrap or expand.
 */
export function useVirtualRows(
  keys: readonly string[],
  scrollRef: RefObject<HTMLElement | null>,
): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  const [measured, bump] = useReducer((n: number) => n + 1, 0);
  const [viewport, setViewport] = useState({ top: 0, height: 900 });

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setViewport((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight
          ? v
          : { top: el.scrollTop, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [scrollRef]);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const key = (entry.target as HTMLElement).dataset.rowKey;
              const height =
                entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
              if (key && height > 0 && heights.current.get(key) !== height) {
                heights.current.set(key, height);
                changed = true;
              }
            }
            if (changed) bump();
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (el: HTMLElement | null) => {
      if (!el || !observer) return undefined;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  const offsets = useMemo(() => {
    void measured;
    // Forget the heights of rows that are gone (deleted, moved away), or the map grows all day.
    if (heights.current.size > keys.length * 2 + 100) {
      const live = new Set(keys);
      for (const key of heights.current.keys()) if (!live.has(key)) heights.current.delete(key);
    }
    const out = new Float64Array(keys.length + 1);
    let y = LIST_PAD;
    for (let i = 0; i < keys.length; i++) {
      out[i] = y;
      y += (heights.current.get(keys[i]!) ?? ESTIMATE) + ROW_GAP;
    }
    out[keys.length] = y;
    return out;
  }, [keys, measured]);

  const top = viewport.top - OVERSCAN_PX;
  const bottom = viewport.top + viewport.height + OVERSCAN_PX;
  let start = 0;
  while (start < keys.length && offsets[start + 1]! <= top) start++;
  let end = start;
  while (end < keys.length && offsets[end]! < bottom) end++;

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el || index < 0) return;
      const y = offsets[Math.min(index, keys.length)]!;
      if (y < el.scrollTop || y + ESTIMATE > el.scrollTop + el.clientHeight)
        el.scrollTop = Math.max(0, y - el.clientHeight / 3);
    },
    [offsets, keys.length, scrollRef],
  );

  return {
    start,
    end,
    padTop: offsets[start]! - LIST_PAD,
    padBottom: offsets[keys.length]! - offsets[end]!,
    measure,
    scrollToIndex,
  };
}
