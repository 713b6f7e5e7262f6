// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { FOLLOW_END_MS, useFollowEnd, type FollowEnd } from '#renderer/features/board/useFollowEnd';

// jsdom lays nothing out: the lane's scroller is given a height the test moves, as measuring the
// rows it draws would, and a scrollTop clamped to it as a browser's is. As in a browser, a scroll
// is announced by a scroll event at the next frame.
class Scroller extends EventTarget {
  scrollHeight = 1000;
  clientHeight = 200;
  scrolled = false;
  private top = 0;
  get scrollTop() {
    return this.top;
  }
  set scrollTop(value: number) {
    const top = Math.max(0, Math.min(value, this.scrollHeight - this.clientHeight));
    if (top !== this.top) this.scrolled = true;
    this.top = top;
  }
}

let frames: FrameRequestCallback[] = [];
let clock = 0;

beforeEach(() => {
  frames = [];
  clock = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const scroller = new Scroller();

/** The browser's next frame: the scroll event of a scroll since the last, then the frames asked for. */
function drawFrame() {
  if (scroller.scrolled) {
    scroller.scrolled = false;
    scroller.dispatchEvent(new Event('scroll'));
  }
  const due = frames;
  frames = [];
  for (const cb of due) cb(clock);
}

/** Someone scrolls the lane by hand. */
function scrollByHand(top: number) {
  scroller.scrollTop = top;
  drawFrame();
}

let follow: FollowEnd | null = null;

function LaneLike({ count, last, redraw }: { count: number; last: string; redraw: number }) {
  const ref = useRef<HTMLElement | null>(scroller as unknown as HTMLElement);
  follow = useFollowEnd(ref, count, last);
  return <span data-redraw={redraw}>{count}</span>;
}

/** A lane of 10 cards, scrolled to its top by hand (so not at its end). */
function lane() {
  scroller.scrollHeight = 1000;
  scroller.scrolled = false;
  const view = render(<LaneLike count={10} last="card-10" redraw={0} />);
  scroller.scrollTop = 10;
  scrollByHand(0);
  let redraws = 0;
  return {
    /** The lane redraws with this many cards, its newest `card-<count>` unless said. */
    show: (count: number, last = `card-${count}`) =>
      view.rerender(<LaneLike count={count} last={last} redraw={++redraws} />),
    /** The lane's own capture saved its newest card. */
    captured: (count: number) => follow!.captured(`card-${count}`),
  };
}

it('brings a card the facilitator typed into view in the frame after, asking for that frame only', () => {
  const { show, captured } = lane();
  captured(11);
  show(11);
  expect(frames).toHaveLength(1);
  drawFrame();
  expect(scroller.scrollTop).toBe(800);
  // Nothing moved: no frame is asked for (a loop of frames kept the page drawing when the next
  // Enter came, and that card waited a frame more).
  drawFrame();
  expect(frames).toHaveLength(0);
});

it('brings the typed card into view when the lane drew it before the capture heard back', () => {
  const { show, captured } = lane();
  show(11);
  expect(frames).toHaveLength(0);
  captured(11);
  drawFrame();
  expect(scroller.scrollTop).toBe(800);
});

it('keeps the end in view while the lane redraws as its rows are measured', () => {
  const { show, captured } = lane();
  captured(11);
  show(11);
  drawFrame();
  clock += 50;
  scroller.scrollHeight = 3500; // the rows drawn at the end were taller than estimated
  show(11);
  expect(scroller.scrollTop).toBe(3300);
  expect(frames).toHaveLength(0);
});

it('lets go of the end when someone scrolls elsewhere, and is not pulled back', () => {
  const { show, captured } = lane();
  captured(11);
  show(11);
  drawFrame();
  clock += 50;
  scroller.scrollTop = 0; // the facilitator scrolls to the top
  scroller.scrollHeight = 3500;
  show(11);
  expect(scroller.scrollTop).toBe(0);
  clock += 50;
  scroller.scrollHeight = 3600;
  show(11);
  expect(scroller.scrollTop).toBe(0);
});

it('stops following a third of a second after the card was added', () => {
  const { show, captured } = lane();
  captured(11);
  show(11);
  drawFrame();
  clock += FOLLOW_END_MS + 1;
  scroller.scrollHeight = 3500;
  show(11);
  expect(scroller.scrollTop).toBe(800);
});

it('follows a card from elsewhere (a phone) only while the lane is at its end', () => {
  const { show } = lane();
  // Scrolled up to read: a phone's point does not pull the lane down.
  show(11);
  drawFrame();
  expect(scroller.scrollTop).toBe(0);
  // Back at the end by hand: the next point is followed, and the one after.
  scrollByHand(800);
  show(12);
  scroller.scrollHeight = 1100;
  drawFrame();
  expect(scroller.scrollTop).toBe(900);
  clock += FOLLOW_END_MS + 1;
  show(13);
  scroller.scrollHeight = 1200;
  drawFrame();
  expect(scroller.scrollTop).toBe(1000);
});

it('does not scroll when the lane is read afresh, loses a card, or gets one back in its middle', () => {
  const { show } = lane();
  scrollByHand(800);
  scroller.scrollHeight = 1100;
  // A card restored by undo in the middle: one more card, the same newest one.
  show(11, 'card-10');
  show(9);
  show(40);
  drawFrame();
  expect(frames).toHaveLength(0);
  expect(scroller.scrollTop).toBe(800);
});
