import { useLayoutEffect, useState, type RefObject } from 'react';

/** Font steps the fit pass tries, largest first; below the last one the back row could not read it. */
export const TEXT_FIT_STEPS = [1, 0.9, 0.8, 0.7, 0.6] as const;
/** Smaller still, for when the facilitator's text size and a long text leave no other way to show it whole. */
export const LAST_RESORT_STEPS = [0.5, 0.42, 0.35, 0.3] as const;
export const BLOCK_FIT_STEPS = [...TEXT_FIT_STEPS, ...LAST_RESORT_STEPS] as const;
export const SPOTLIGHT_FIT_STEPS = [1, 0.85, 0.7, 0.58, 0.48, 0.4, 0.33, 0.27] as const;

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

/** Sets `--fit` on `target` to the largest step at which `measured` (by default the target) fits its box. */
function fitSteps(target: HTMLElement, steps: readonly number[], measured: HTMLElement = target): boolean {
  for (const step of steps) {
    target.style.setProperty('--fit', String(step));
    if (!overflows(measured)) return true;
  }
  return false;
}

/**
 * Re-fits whenever `deps` change or the box is resized. The steps are written straight to the DOM
 * inside a layout effect (no re-render per step), so the room never sees a frame that does not fit.
 */
function useFitEffect(ref: RefObject<HTMLElement | null>, fit: (el: HTMLElement) => void, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    fit(el);
    const observer = new ResizeObserver(() => fit(el));
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the content depends on
  }, deps);
}

/** Shrinks a block's text, step by step, until it fits its box. */
export function useFitText(ref: RefObject<HTMLElement | null>, steps: readonly number[], deps: readonly unknown[]): void {
  useFitEffect(ref, (el) => fitSteps(el, steps), deps);
}

/**
 * Fits a lane's list of cards into its box: first by shrinking the lane's type, then — once it
 * is as small as the back row can read — by hiding the oldest cards. Returns how many it hid, so
 * the lane can say so. The newest card is never hidden (it is what the room just said): if it
 * alone does not fit, the type shrinks further rather than cut it.
 */
export function useFitList(laneRef: RefObject<HTMLElement | null>, listRef: RefObject<HTMLElement | null>, deps: readonly unknown[]): number {
  const [hidden, setHidden] = useState(0);
  useFitEffect(
    listRef,
    (list) => {
      const lane = laneRef.current ?? list;
      const items = [...list.children] as HTMLElement[];
      for (const item of items) item.style.display = '';
      if (fitSteps(lane, TEXT_FIT_STEPS, list)) {
        setHidden(0);
        return;
      }
      const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
      let excess = list.scrollHeight - list.clientHeight;
      let count = 0;
      const heights = items.map((item) => item.offsetHeight + gap);
      while (count < items.length - 1 && excess > 0) {
        excess -= heights[count]!;
        items[count]!.style.display = 'none';
        count++;
      }
      // Rounding can leave a pixel over; hide one more rather than cut a card in half.
      while (count < items.length - 1 && overflows(list)) items[count++]!.style.display = 'none';
      if (overflows(list)) fitSteps(lane, LAST_RESORT_STEPS, list);
      setHidden(count);
    },
    deps,
  );
  return hidden;
}
