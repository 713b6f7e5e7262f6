import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** How long each page of a long draft stays on the wall before the next comes round. */
export const PAGE_CYCLE_MS = 12_000;

/**
 * Where each page starts and ends, from the blocks' extents (top/bottom within the scrolled
 * content, in order): as many whole blocks as fit `height`, then the next page. A block taller
 * than a page gets a page of its own. Pure, so it can be tested without a layout.
 */
export function pageBreaks(
  blocks: readonly { top: number; bottom: number }[],
  height: number,
): { top: number; bottom: number }[] {
  const pages: { top: number; bottom: number }[] = [];
  for (const block of blocks) {
    const page = pages.at(-1);
    if (page && block.bottom - page.top <= height)
      page.bottom = Math.max(page.bottom, block.bottom);
    else pages.push({ top: block.top, bottom: block.bottom });
  }
  return pages;
}

/**
 * Shows a long block of the room view a screenful at a time instead of shrinking its type: the
 * window (`ref`, overflow hidden) is scrolled to a page of whole blocks (`selector`), whatever
 * would be cut at its foot is clipped away, and the pages come round in turn. Returns the page
 * shown and how many there are, for a "Page 1 of 3" the room can see.
 */
export function usePagedView(
  ref: RefObject<HTMLElement | null>,
  selector: string,
  deps: readonly unknown[],
): { page: number; pages: number } {
  const [pages, setPages] = useState<{ top: number; bottom: number }[]>([]);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const origin = el.getBoundingClientRect().top - el.scrollTop;
      const blocks = [...el.querySelectorAll<HTMLElement>(selector)].map((b) => {
        const r = b.getBoundingClientRect();
        return { top: r.top - origin, bottom: r.bottom - origin };
      });
      setPages(el.scrollHeight > el.clientHeight + 1 ? pageBreaks(blocks, el.clientHeight) : []);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the content depends on
  }, deps);

  const count = Math.max(1, pages.length);
  const shown = page % count;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const current = pages[shown];
    el.scrollTop = current ? current.top : 0;
    // Whatever of the next block peeks in below the page is not shown half-cut.
    el.style.clipPath = current
      ? `inset(0 0 ${Math.max(0, el.clientHeight - (current.bottom - current.top))}px 0)`
      : '';
  }, [ref, pages, shown]);

  useEffect(() => {
    if (count < 2) return;
    const id = window.setInterval(() => setPage((p) => p + 1), PAGE_CYCLE_MS);
    return () => window.clearInterval(id);
  }, [count]);

  return { page: shown, pages: count };
}
