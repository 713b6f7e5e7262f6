/**
 * A capture box a shortcut has just put the cursor in is marked until the next key or until the
 * cursor leaves it: in such a box, still empty, L pressed again moves on to the next lane instead
 * of typing "l", so L L L walks the lanes. The board marks (features/board/keys.ts); the keyboard
 * hook reads (features/stages/useBoardCommandKeys.ts) — here because features do not import each
 * other.
 */
const MARK = 'arrivedByShortcut';

export function markArrivedByShortcut(box: HTMLElement): void {
  box.dataset[MARK] = 'true';
  box.addEventListener('blur', () => delete box.dataset[MARK], { once: true });
}

/** True when the key is the first one pressed in a box a shortcut just emptied into; clears the mark. */
export function takeArrivedByShortcut(box: HTMLElement): boolean {
  const arrived = box.dataset[MARK] === 'true';
  delete box.dataset[MARK];
  return arrived && (box as HTMLTextAreaElement).value === '';
}
