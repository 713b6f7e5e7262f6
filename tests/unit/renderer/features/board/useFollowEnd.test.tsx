// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { FOLLOW_END_MS, useFollowEnd } from '#renderer/features/board/useFollowEnd';

// jsdom lays nothing out: the lane's scroller is given a height the test moves, as measuring the
// rows it draws would, and a scrollTop clamped to it as a browser's is.
class Scroller {
  scrollHeight = 1000;
  clientHeight = 200;
  private top = 0;
  get scrollTop() {
    return this.top;
  }
  set scrollTop(value: number) {
    this.top = Math.max(0, Math.min(value, this.scrollHeight - this.clientHeight));
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

/** Runs the frames asked for so far, as a browser's next frame would. */
function drawFrame() {
  const due = frames;
  frames = [];
  for (const cb of due) cb(clock);
}

const scroller = new Scroller();

function LaneLike({ count, redraw }: { count: number; redraw: number }) {
  const ref = useRef<HTMLElement | null>(scroller as unknown as HTMLElement);
  useFollowEnd(ref, count);
  return <span data-redraw={redraw}>{count}</span>;
}

function lane() {
  scroller.scrollHeight = 1000;
  scroller.scrollTop = 0;
  const view = render(<LaneLike count={10} redraw={0} />);
  let redraws = 0;
  return {
    show: (count: number) => view.rerender(<LaneLike count={count} redraw={++redraws} />),
  };
}

it('brings the end into view in the frame after a card is added, asking for that frame only', () => {
  const { show } = lane();
  show(11);
  expect(frames).toHaveLength(1);
  drawFrame();
  expect(scroller.scrollTop).toBe(800);
  // Nothing moved: no frame is asked for (a loop of frames kept the page drawing when the next
  // Enter came, and that card waited a frame more).
  expect(frames).toHaveLength(0);
});

it('keeps the end in view while the lane redraws as its rows are measured', () => {
  const { show } = lane();
  show(11);
  drawFrame();
  clock += 50;
  scroller.scrollHeight = 3500; // the rows drawn at the end were taller than estimated
  show(11);
  expect(scroller.scrollTop).toBe(3300);
  expect(frames).toHaveLength(0);
});

it('lets go of the end when someone scrolls elsewhere, and is not pulled back', () => {
  const { show } = lane();
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
  const { show } = lane();
  show(11);
  drawFrame();
  clock += FOLLOW_END_MS + 1;
  scroller.scrollHeight = 3500;
  show(11);
  expect(scroller.scrollTop).toBe(800);
});

it('does not scroll when the lane is read afresh or loses a card', () => {
  const { show } = lane();
  show(9);
  show(40);
  expect(frames).toHaveLength(0);
  expect(scroller.scrollTop).toBe(0);
});
