/**
 * The arithmetic of thinning a crowded lane on the room screen, kept apart from the DOM so it can
 * be tested on its own. Every figure is in layout pixels (offsetTop/offsetHeight), which the
 * preview's scale transform does not change.
 */

/** A list's box and the shown items in it, read in one layout. */
export interface ListGeometry {
  /** The list's inner height, padding included (clientHeight). */
  clientHeight: number;
  paddingTop: number;
  paddingBottom: number;
  /** Each shown item's top and bottom, measured from the first shown item's top; oldest first. */
  items: readonly { top: number; bottom: number }[];
}

/**
 * Integer offsets can hide up to a pixel of real (sub-pixel) height, so a list is taken to fit
 * only with that pixel to spare: hiding one card too many is better than cutting one in half.
 */
const ROUNDING_SLACK = 1;

/** The height the list's content needs if its oldest `hidden` shown items are taken away. */
export function heightWithoutOldest(geometry: ListGeometry, hidden: number): number {
  const { items } = geometry;
  if (items.length === 0 || hidden >= items.length)
    return geometry.paddingTop + geometry.paddingBottom;
  // In a column with fixed gaps, hiding the first n items moves every later one up by where the
  // n-th one starts; nothing else about them changes.
  return (
    geometry.paddingTop +
    (items[items.length - 1]!.bottom - items[hidden]!.top) +
    geometry.paddingBottom
  );
}

export function fitsWithoutOldest(geometry: ListGeometry, hidden: number): boolean {
  return heightWithoutOldest(geometry, hidden) + ROUNDING_SLACK <= geometry.clientHeight;
}

/**
 * How many of the oldest shown items to hide so the rest fit. The newest item is never hidden
 * (it is what the room just said), so the answer is at most `items.length - 1`, even when the
 * newest alone does not fit; the caller then shrinks the type further.
 */
export function oldestToHide(geometry: ListGeometry): number {
  let hidden = 0;
  while (hidden < geometry.items.length - 1 && !fitsWithoutOldest(geometry, hidden)) hidden++;
  return hidden;
}

/**
 * Whether the space left under the shown items could take back the newest hidden one, whose
 * height (gap included) was measured when it was last shown. Unknown height: assume it might.
 */
export function roomForHidden(
  geometry: ListGeometry,
  gap: number,
  hiddenHeight: number | undefined,
): boolean {
  if (hiddenHeight === undefined) return true;
  return (
    heightWithoutOldest(geometry, 0) + gap + hiddenHeight + ROUNDING_SLACK <= geometry.clientHeight
  );
}
