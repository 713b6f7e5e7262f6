import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The session id of the board the facilitator page is on. */
export function sessionIdOf(page: Page): string {
  const match = /#\/session\/([\w-]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a board: ${page.url()}`);
  return match[1];
}

/** A second page in the same browser context on the presenter route: what a projector window would show. */
export async function openRoomView(
  context: BrowserContext,
  facilitator: Page,
  size = { width: 1920, height: 1080 },
): Promise<Page> {
  const room = await context.newPage();
  await room.setViewportSize(size);
  await room.goto(`/#/present/${sessionIdOf(facilitator)}`);
  await expect(room.locator('.present-screen')).not.toHaveAttribute('data-view', 'loading');
  return room;
}

/** Puts the agreement draft on the room view and opens it: what the wall shows while negotiating. */
export async function openRoomOnTheDraft(
  context: BrowserContext,
  facilitator: Page,
): Promise<Page> {
  await facilitator.getByRole('button', { name: 'Present' }).click();
  await facilitator
    .getByRole('complementary', { name: 'Room view controls' })
    .getByRole('button', { name: 'The draft' })
    .click();
  return openRoomView(context, facilitator);
}

/**
 * Everything on the room screen that is cut off, off-screen or overlapping, described in words
 * (an empty list means the layout is sound). Checked by geometry, not by pixels, so it holds for
 * any text and both themes.
 */
export async function layoutProblems(room: Page): Promise<string[]> {
  return room.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 30)}"`;
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight)
      problems.push('the page itself scrolls');
    const screen = document.querySelector('.present-screen');
    if (!screen) return ['no room screen'];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of screen.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      )
        problems.push(`off screen: ${name(el)}`);
    }
    for (const el of screen.querySelectorAll(
      '.present-heading, .present-lane-header, .present-card-list, .present-card-text, .present-spotlight-text, .present-prompt-body',
    )) {
      if (!visible(el)) continue;
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        problems.push(`cut off: ${name(el)}`);
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const groups: Element[][] = [
      [...screen.querySelectorAll('.present-lane')],
      [...screen.querySelectorAll(':scope > *')],
      [...screen.querySelectorAll('.present-header > *')],
      ...[...screen.querySelectorAll('.present-card-list, .present-prompt-list')].map((list) => [
        ...list.children,
      ]),
      ...[...screen.querySelectorAll('.present-lane')].map((lane) => [...lane.children]),
    ];
    for (const group of groups) {
      const shown = group.filter(visible);
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++)
          if (overlap(shown[i]!.getBoundingClientRect(), shown[j]!.getBoundingClientRect()))
            problems.push(`overlap: ${name(shown[i]!)} / ${name(shown[j]!)}`);
    }
    return problems;
  });
}

/**
 * The smallest font size, in CSS pixels, of any text the room screen shows: every element with
 * words of its own that is laid out and on screen (hidden, paged-away and clipped text excluded).
 */
export async function smallestShownFontPx(room: Page): Promise<{ px: number; text: string }> {
  return room.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const screen = document.querySelector('.present-screen');
    if (!screen) return smallest;
    for (const el of [screen, ...screen.querySelectorAll('*')]) {
      const words = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!words || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Text scrolled or clipped out of its box is not shown.
      const box = el.closest('[data-page-window]');
      if (box) {
        const frame = box.getBoundingClientRect();
        if (r.bottom <= frame.top || r.top >= frame.bottom) continue;
      }
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < smallest.px) smallest = { px, text: (el.textContent ?? '').slice(0, 40) };
    }
    return smallest;
  });
}
