import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** How long a lane keeps its end in view after a card is added, at most: a third of a second. */
export const FOLLOW_END_MS = 333;

/** Millisecond clock; a page's own, so it agrees with frame and event times. */
const now = () => performance.now();

/**
 * Keeps the newest card in view as a lane grows by one (capture adds at the end), and keeps it
 * there while the rows that come into view are drawn and measured: the end moves by what their
 * estimates were off (a lane scrolled from its top to its end: 2,500 px at 400 cards, and the new
 * card fell out of view again).
 *
 * Driven by the lane's own redraws, not by a loop of frames: every change that moves the end (a
 * row measured, the lane's confirming read, the view scrolled) redraws the lane, and each redraw
 * while following puts the end back in view before it is painted. A loop that asked for a frame
 * each frame for a third of a second kept the page drawing when the next Enter came, and a card
 * typed then waited a whole frame more (docs/architecture.md, "Performance budgets").
 *
 * Someone who scrolls elsewhere meanwhile is not pulled back: following ends there.
 */
export function useFollowEnd(scrollRef: RefObject<HTMLElement | null>, count: number): void {
  const previousCount = useRef(count);
  /** Until when the end is followed, and where it was last put (-1: not yet). */
  const following = useRef<{ until: number; end: number } | null>(null);

  const keepEnd = () => {
    const follow = following.current;
    const el = scrollRef.current;
    if (!follow || !el) return;
    if (now() > follow.until) {
      following.current = null;
      return;
    }
    const end = el.scrollHeight - el.clientHeight;
    // Left where it was put, the lane stays there as the end moves; held at a shrunk end, it is
    // at the end. Anywhere else, someone scrolled.
    if (follow.end >= 0 && Math.abs(el.scrollTop - follow.end) > 1 && el.scrollTop < end - 1) {
      following.current = null;
      return;
    }
    follow.end = end;
    if (el.scrollTop !== end) el.scrollTop = end;
  };

  // Every redraw while following: reads the lane's height, which lays it out now, but only for a
  // third of a second after a card is added, and the frame then has nothing left to lay out.
  useLayoutEffect(keepEnd);

  // In the frame, not now: reading the height here would lay the page out once more before the
  // new card is painted.
  useEffect(() => {
    const grew = count === previousCount.current + 1;
    previousCount.current = count;
    if (!grew) return;
    following.current = { until: now() + FOLLOW_END_MS, end: -1 };
    const frame = requestAnimationFrame(keepEnd);
    return () => cancelAnimationFrame(frame);
    // keepEnd reads refs only; the effect is about the count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);
}
