import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How long a lane keeps its end in view after a card is added, at most: a third of a second. */
export const FOLLOW_END_MS = 333;

/** How near its end (px) a lane scrolled by hand still counts as at its end. */
const AT_END_PX = 8;

/** Millisecond clock; a page's own, so it agrees with frame and event times. */
const now = () => performance.now();

export interface FollowEnd {
  /** The lane's own capture saved this card: it is brought into view wherever the lane is. */
  captured(lastKey: string): void;
}

/**
 * Keeps the newest card in view as a lane grows at its end, and keeps it there while the rows
 * that come into view are drawn and measured: the end moves by what their estimates were off (a
 * lane scrolled from its top to its end: 2,500 px at 400 cards, and the new card fell out of view
 * again).
 *
 * Whose card it is matters. The facilitator's own capture is always brought into view: they just
 * typed it. A card from elsewhere (a phone, another window) is followed only while the lane is
 * at its end; someone reading further up is not pulled down by every point the room sends. A
 * card that comes back in the middle (undo, a move) is not followed at all.
 *
 * Driven by the lane's own redraws, not by a loop of frames: every change that moves the end (a
 * row measured, the lane's confirming read, the view scrolled) redraws the lane, and each redraw
 * while following puts the end back in view before it is painted. A loop that asked for a frame
 * each frame for a third of a second kept the page drawing when the next Enter came, and a card
 * typed then waited a whole frame more (docs/architecture.md, "Performance budgets").
 *
 * Someone who scrolls elsewhere meanwhile is not pulled back: following ends there.
 */
export function useFollowEnd(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  lastKey: string | undefined,
): FollowEnd {
  const previous = useRef({ count, lastKey });
  /** Until when the end is followed, and where it was last put (-1: not yet). */
  const following = useRef<{ until: number; end: number } | null>(null);
  /** The card the lane's own capture saved, until it is drawn at the lane's end. */
  const wanted = useRef<string | null>(null);
  const frame = useRef(0);
  /** Whether the lane was at its end when last scrolled (by hand or by following). */
  const atEnd = useRef(true);
  /** A scroll this hook made, whose scroll event is still to come. */
  const ownScroll = useRef(false);

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
    atEnd.current = true;
    if (el.scrollTop !== end) {
      ownScroll.current = true;
      el.scrollTop = end;
    }
  };

  // Every redraw while following: reads the lane's height, which lays it out now, but only for a
  // third of a second after a card is added, and the frame then has nothing left to lay out.
  useLayoutEffect(keepEnd);

  // Where a hand left the lane. Its own scrolls are not read: reading the height in their event
  // would lay the page out once more while cards arrive.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      if (ownScroll.current) {
        ownScroll.current = false;
        return;
      }
      atEnd.current = el.scrollTop + el.clientHeight >= el.scrollHeight - AT_END_PX;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [scrollRef]);

  // In the frame, not now: reading the height here would lay the page out once more before the
  // new card is painted.
  const startFollowing = () => {
    following.current = { until: now() + FOLLOW_END_MS, end: -1 };
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(keepEnd);
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    const before = previous.current;
    previous.current = { count, lastKey };
    if (count !== before.count + 1 || lastKey === before.lastKey) return;
    const own = lastKey !== undefined && lastKey === wanted.current;
    if (own) wanted.current = null;
    if (own || atEnd.current) startFollowing();
    // keepEnd reads refs only; the effect is about the lane's end.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, lastKey]);

  // Made once: what it calls reads refs only.
  const [followEnd] = useState<FollowEnd>(() => ({
    captured(key) {
      // Drawn already (the lane drew it before the command's caller heard back): follow now.
      if (previous.current.lastKey === key) startFollowing();
      else wanted.current = key;
    },
  }));
  return followEnd;
}
