/**
 * Stops the click the browser sends after a gesture that has just ended (a drag, a long press).
 * A mouse's click follows its pointerup at once, but a finger's is the browser's tap, sent after
 * the touch has been handled and not always within the next task: disarming on a timer let a
 * long press's tap through to the action that had opened under the finger (seen in laptop.spec's
 * touch test). So it stays armed until that click comes or the next gesture starts: a pointer
 * pressed, or a key (Enter or Space on a focused button clicks it with no pointer at all).
 */
export function swallowNextClick(): void {
  const swallow = (e: MouseEvent) => {
    e.stopPropagation();
    e.preventDefault();
    disarm();
  };
  const disarm = () => {
    window.removeEventListener('click', swallow, true);
    window.removeEventListener('pointerdown', disarm, true);
    window.removeEventListener('keydown', disarm, true);
  };
  window.addEventListener('click', swallow, true);
  window.addEventListener('pointerdown', disarm, true);
  window.addEventListener('keydown', disarm, true);
}

/** The same for a finger still down: the click comes when it lifts. */
export function swallowClickOnLift(): void {
  const lifted = () => {
    window.removeEventListener('pointerup', lifted, true);
    window.removeEventListener('pointercancel', lifted, true);
    swallowNextClick();
  };
  window.addEventListener('pointerup', lifted, true);
  window.addEventListener('pointercancel', lifted, true);
}
