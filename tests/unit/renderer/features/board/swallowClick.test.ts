// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { swallowClickOnLift, swallowNextClick } from '#renderer/features/board/swallowClick';

let button: HTMLButtonElement;
let pressed: number;

beforeEach(() => {
  button = document.createElement('button');
  pressed = 0;
  button.addEventListener('click', () => pressed++);
  document.body.append(button);
});
afterEach(() => {
  // Whatever a test left armed is disarmed by the next gesture.
  window.dispatchEvent(new Event('pointerdown'));
  button.remove();
});

const laterTask = () => new Promise((done) => setTimeout(done, 20));
const lift = () => window.dispatchEvent(new Event('pointerup'));

describe('the click after a gesture', () => {
  it('is swallowed when a finger lifts after a long press, even when the tap comes tasks later', async () => {
    swallowClickOnLift();
    button.click();
    expect(pressed).toBe(1); // the finger is still down: nothing is armed yet
    lift();
    await laterTask();
    button.click();
    expect(pressed).toBe(1);
    // Only that one click: the next goes through.
    button.click();
    expect(pressed).toBe(2);
  });

  it('is no longer swallowed once a new gesture starts with a pointer', async () => {
    swallowNextClick();
    await laterTask();
    window.dispatchEvent(new Event('pointerdown'));
    button.click();
    expect(pressed).toBe(1);
  });

  it('is no longer swallowed once a key is pressed (Enter on a focused action)', () => {
    swallowNextClick();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    button.click();
    expect(pressed).toBe(1);
  });
});
