import { expect, type Locator, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './board';

/** Two lines in a lane at laptop width: about the length of a point typed while the room talks. */
export const TWO_LINE_CARD = 'Residents were not asked first';

/** A session at its first lens stage (Legitimacy is the current lane), `perLane` cards in each lane. */
export async function laptopBoard(page: Page, perLane: number): Promise<void> {
  await createSessionViaUi(page, 'Laptop day', 'Aim at social productivity.');
  await page.getByRole('button', { name: 'Next stage' }).click();
  await expect(page.getByRole('heading', { name: 'Legitimacy', exact: true })).toBeVisible();
  for (const lane of ['Legitimacy', 'Practicability', 'Accountability', 'Conclusions']) {
    for (let i = 1; i <= perLane; i++) await addCardViaUi(page, lane, `${TWO_LINE_CARD} ${i}`);
  }
}

/** The rectangle of what a lane shows of its cards (its scroller). */
async function laneBox(lane: Locator) {
  const box = await lane.locator('.card-scroll').boundingBox();
  if (!box) throw new Error('lane not drawn');
  return box;
}

/** How many of a lane's cards are wholly in view without scrolling. */
export async function wholeCardsShown(page: Page, region: string): Promise<number> {
  const lane = page.getByRole('region', { name: region });
  const view = await laneBox(lane);
  let whole = 0;
  for (const card of await lane.getByRole('listitem').all()) {
    const box = await card.boundingBox();
    if (box && box.y >= view.y - 0.5 && box.y + box.height <= view.y + view.height + 0.5) whole++;
  }
  return whole;
}

/** How many lines a card's text wraps to (its height over its line height). */
export function linesOf(card: Locator): Promise<number> {
  return card.locator('.card-text').evaluate((el) => {
    const line = parseFloat(getComputedStyle(el).lineHeight);
    return Math.round(el.getBoundingClientRect().height / line);
  });
}

type Box = { x: number; y: number; width: number; height: number };
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A finger on a touch screen, by the DevTools protocol (Playwright's `tap` has no drag): a press,
 * ten moves to the target, a lift.
 */
export interface Finger {
  start(x: number, y: number): Promise<void>;
  end(): Promise<void>;
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
}

export async function fingerOn(page: Page): Promise<Finger> {
  const cdp = await page.context().newCDPSession(page);
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) => {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  };
  return {
    start: (x: number, y: number) => send('touchStart', x, y),
    end: () => send('touchEnd'),
    async drag(from: { x: number; y: number }, to: { x: number; y: number }) {
      await send('touchStart', from.x, from.y);
      for (let i = 1; i <= 10; i++)
        await send(
          'touchMove',
          from.x + ((to.x - from.x) * i) / 10,
          from.y + ((to.y - from.y) * i) / 10,
        );
      await send('touchEnd');
    },
  };
}
