import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

import { fitsWithoutOldest, oldestToHide, roomForHidden, type ListGeometry } from './listFit';

/** Font steps the fit pass tries, largest first; below the last one the back row could not read it. */
export const TEXT_FIT_STEPS = [1, 0.9, 0.8, 0.7, 0.6] as const;
/** Smaller still, for when the facilitator's text size and a long text leave no other way to show it whole. */
export const LAST_RESORT_STEPS = [0.5, 0.42, 0.35, 0.3] as const;
export const BLOCK_FIT_STEPS = [...TEXT_FIT_STEPS, ...LAST_RESORT_STEPS] as const;
export const SPOTLIGHT_FIT_STEPS = [1, 0.85, 0.7, 0.58, 0.48, 0.4, 0.33, 0.27] as const;

// Every measurement below forces a layout, and on a busy laptop a layout of the room screen can
// cost several milliseconds, so the fit is written to measure as few times as it can: it starts
// from the step it settled on last time and walks from there, instead of from the top.

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

/**
 * Sets `--fit` on `target` to the largest of `steps` at which `measured` fits its box, starting
 * the search at index `from`. Returns the index chosen, or -1 when even the last step overflows.
 */
function fitSteps(
  target: HTMLElement,
  steps: readonly number[],
  measured: HTMLElement,
  from: number,
): number {
  const fitsAt = (i: number) => {
    target.style.setProperty('--fit', String(steps[i]));
    return !overflows(measured);
  };
  let i = Math.min(Math.max(from, 0), steps.length - 1);
  if (fitsAt(i)) {
    while (i > 0 && fitsAt(i - 1)) i--;
    target.style.setProperty('--fit', String(steps[i]));
    return i;
  }
  while (i < steps.length - 1) if (fitsAt(++i)) return i;
  return -1;
}

/**
 * Runs `fit` after every render whose `deps` changed, and again when the box is resized — but not
 * when the resize is only the echo of the fit itself (the size it was fitted at is remembered).
 */
function useFitEffect(
  ref: RefObject<HTMLElement | null>,
  fit: (el: HTMLElement) => void,
  deps: readonly unknown[],
): void {
  const fitRef = useRef(fit);
  const fittedAt = useRef('');
  const sizeOf = (el: HTMLElement) => `${el.clientWidth}x${el.clientHeight}`;

  useLayoutEffect(() => {
    fitRef.current = fit;
    const el = ref.current;
    if (!el) return;
    fit(el);
    fittedAt.current = sizeOf(el);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the content depends on
  }, deps);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (sizeOf(el) === fittedAt.current) return;
      fitRef.current(el);
      fittedAt.current = sizeOf(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}

/** Shrinks a block's text, step by step, until it fits its box. */
export function useFitText(
  ref: RefObject<HTMLElement | null>,
  steps: readonly number[],
  deps: readonly unknown[],
): void {
  const last = useRef(0);
  useFitEffect(
    ref,
    (el) => {
      const chosen = fitSteps(el, steps, el, last.current);
      last.current = chosen < 0 ? steps.length - 1 : chosen;
    },
    deps,
  );
}

/** The leading items the last fit hid, or -1 when a hidden item is no longer at the front (a card moved in). */
function hiddenPrefix(items: readonly HTMLElement[]): number {
  let prefix = 0;
  while (prefix < items.length && items[prefix]!.style.display === 'none') prefix++;
  for (let i = prefix; i < items.length; i++) if (items[i]!.style.display === 'none') return -1;
  return prefix;
}

/** Reads the shown items' extents in one layout (the first read forces it; the rest are free). */
function measureList(list: HTMLElement, shown: readonly HTMLElement[]): ListGeometry {
  const style = getComputedStyle(list);
  const origin = shown[0]?.offsetTop ?? 0;
  return {
    clientHeight: list.clientHeight,
    paddingTop: parseFloat(style.paddingTop) || 0,
    paddingBottom: parseFloat(style.paddingBottom) || 0,
    items: shown.map((item) => ({
      top: item.offsetTop - origin,
      bottom: item.offsetTop - origin + item.offsetHeight,
    })),
  };
}

/**
 * Fits a lane's list of cards into its box: first by shrinking the lane's type, then — once it
 * is as small as the back row can read — by hiding the oldest cards. Returns how many it hid, so
 * the lane can say so. The newest card is never hidden (it is what the room just said): if it
 * alone does not fit, the type shrinks further rather than cut it.
 *
 * Every forced layout of the room screen costs several milliseconds, and the mirror budget
 * (docs/architecture.md, "Performance budgets") is 50 ms from commit to paint, so a crowded lane —
 * the usual case at scale — is refitted from one measurement: the cards hidden last time stay
 * hidden, and the arithmetic in listFit.ts decides how many more to hide. Only when room may have
 * opened up (a card deleted or shortened, the text made smaller) does it show everything and fit
 * from scratch.
 */
export function useFitList(
  laneRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  deps: readonly unknown[],
): number {
  const [hidden, setHidden] = useState(0);
  const last = useRef(0);
  const lastResort = useRef(false);
  // Heights of cards as last seen, so a hidden card's claim on freed space can be judged unseen.
  const heights = useRef(new WeakMap<Element, number>());
  useFitEffect(
    listRef,
    (list) => {
      const lane = laneRef.current ?? list;
      const items = [...list.children] as HTMLElement[];
      const smallest = TEXT_FIT_STEPS.length - 1;
      const gap = () => parseFloat(getComputedStyle(list).rowGap) || 0;

      /** Hides the oldest shown cards until the rest fit, from one measurement; returns how many are hidden in all. */
      const thin = (alreadyHidden: number, measured?: ListGeometry): number => {
        const shown = items.slice(alreadyHidden);
        const geometry = measured ?? measureList(list, shown);
        shown.forEach((item, i) =>
          heights.current.set(item, geometry.items[i]!.bottom - geometry.items[i]!.top),
        );
        const more = oldestToHide(geometry);
        for (const item of shown.slice(0, more)) item.style.display = 'none';
        lastResort.current = !fitsWithoutOldest(geometry, more);
        if (lastResort.current) fitSteps(lane, LAST_RESORT_STEPS, list, 0);
        return alreadyHidden + more;
      };

      const prefix = hiddenPrefix(items);
      if (prefix > 0 && last.current === smallest && !lastResort.current) {
        const geometry = measureList(list, items.slice(prefix));
        if (!fitsWithoutOldest(geometry, 0)) {
          setHidden(thin(prefix, geometry));
          return;
        }
        if (!roomForHidden(geometry, gap(), heights.current.get(items[prefix - 1]!))) {
          setHidden(prefix);
          return;
        }
      }

      for (const item of items) item.style.display = '';
      const chosen = fitSteps(lane, TEXT_FIT_STEPS, list, last.current);
      if (chosen >= 0) {
        last.current = chosen;
        lastResort.current = false;
        setHidden(0);
        return;
      }
      last.current = smallest;
      lane.style.setProperty('--fit', String(TEXT_FIT_STEPS[smallest]));
      setHidden(thin(0));
    },
    deps,
  );
  return hidden;
}
