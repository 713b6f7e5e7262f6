import { useEffect, useRef } from 'react';

import { useWindowStore } from '../../ui/windowStore';

/**
 * A card's actions opened as a menu by a long press or a right click (usePointerDrag.ts): the
 * first action takes focus, and the menu closes on Escape, on a press outside it, or once an
 * action in it has been used.
 */
export function useCardActionsMenu(open: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = () => useWindowStore.getState().setActionsCard(null);
    ref.current?.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && close();
    // After the action's own click has run.
    const used = () => setTimeout(close, 0);
    const menu = ref.current;
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    menu?.addEventListener('click', used);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
      menu?.removeEventListener('click', used);
    };
  }, [open]);
  return ref;
}
