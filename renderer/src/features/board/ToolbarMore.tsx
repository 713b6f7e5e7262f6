import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The tools a laptop has no room for in the header's one row: behind "More tools" below 1600 px
 * wide, inline on a wide screen (styles/board-laptop.css switches which). The menu stays open
 * while a tool in it is used (the away-day pack opens its own menu) and closes on Escape or a
 * press outside it.
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="toolbar-more-wrap" ref={ref}>
      <button
        type="button"
        className="button button-small toolbar-more-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        More tools <span aria-hidden="true">▾</span>
      </button>
      <div className="toolbar-more" data-open={open ? '' : undefined}>
        {children}
      </div>
    </div>
  );
}
