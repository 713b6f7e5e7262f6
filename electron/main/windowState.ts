import { z } from 'zod';

/** Where and how big the facilitator window was, so it reopens where the facilitator left it. */
export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowStateFs {
  readFile(path: string): Promise<string>;
}

/**
 * Reads saved bounds; anything unreadable or malformed means "use defaults" — a corrupt state
 * file must never stop the app from opening.
 */
export async function loadWindowBounds(
  fs: WindowStateFs,
  file: string,
  workAreas: readonly Rect[],
): Promise<WindowBounds | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file));
  } catch {
    return null;
  }
  const parsed = WindowBounds.safeParse(raw);
  if (!parsed.success) return null;
  return isVisibleOnSomeDisplay(parsed.data, workAreas) ? parsed.data : null;
}

/**
 * A window restored onto a display that has since been unplugged (the projector!) would open
 * off-screen; require a usable part of its title bar to be on one of today's displays.
 */
export function isVisibleOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  return workAreas.some((area) => overlap(titleBar, area) >= 100 * 20);
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
