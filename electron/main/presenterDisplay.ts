import { z } from 'zod';

import { writeFileAtomically, type AtomicWriteFs } from './atomicWrite';
import type { Rect } from './windowState';

/** The part of Electron's `screen` module the presenter needs; tests pass a fake with any displays. */
export interface DisplayInfo {
  id: number;
  label?: string;
  bounds: Rect;
  workArea: Rect;
}

export interface ScreenApi {
  getAllDisplays(): DisplayInfo[];
  getPrimaryDisplay(): DisplayInfo;
  getDisplayMatching(rect: Rect): DisplayInfo;
}

/** Which display the facilitator last presented on, matched by id and, failing that, by name. */
export const RememberedDisplay = z.object({
  id: z.number().int(),
  label: z.string().max(200).default(''),
});
export type RememberedDisplay = z.infer<typeof RememberedDisplay>;

export interface DisplayChoice {
  display: DisplayInfo;
  /** Not the facilitator's own screen: the presenter goes full screen there. */
  external: boolean;
}

/**
 * Picks the display for the room view: the one remembered from last time if it is still
 * connected (the facilitator may have chosen it by dragging the window there), else the first
 * display that is not the laptop's own, else the laptop's screen as a normal window.
 */
export function choosePresenterDisplay(
  screen: ScreenApi,
  remembered: RememberedDisplay | null,
): DisplayChoice {
  const primary = screen.getPrimaryDisplay();
  const displays = screen.getAllDisplays();
  const byId = remembered && displays.find((d) => d.id === remembered.id);
  // Display ids can change when a projector is replugged into another port; its name does not.
  const byLabel =
    remembered && remembered.label !== ''
      ? displays.find((d) => d.label === remembered.label)
      : undefined;
  const chosen = byId ?? byLabel ?? displays.find((d) => d.id !== primary.id) ?? primary;
  return { display: chosen, external: chosen.id !== primary.id };
}

export interface Placement extends Rect {
  fullscreen: boolean;
}

const WINDOWED = { width: 1280, height: 720 };

/** Full screen over the whole external display; otherwise a 16:9 window centred on the work area. */
export function presenterPlacement(choice: DisplayChoice): Placement {
  if (choice.external) return { ...choice.display.bounds, fullscreen: true };
  const area = choice.display.workArea;
  const width = Math.min(WINDOWED.width, Math.max(400, area.width - 80));
  const height = Math.min(WINDOWED.height, Math.max(300, area.height - 80));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
    fullscreen: false,
  };
}

export interface DisplayStoreFs extends AtomicWriteFs {
  readFile(path: string): Promise<string>;
}

/** A missing or corrupt file just means "no choice remembered": it must never stop Present. */
export async function loadRememberedDisplay(
  fs: DisplayStoreFs,
  file: string,
): Promise<RememberedDisplay | null> {
  try {
    const parsed = RememberedDisplay.safeParse(JSON.parse(await fs.readFile(file)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveRememberedDisplay(
  fs: DisplayStoreFs,
  file: string,
  display: DisplayInfo,
  nonce: string,
): Promise<void> {
  const remembered: RememberedDisplay = { id: display.id, label: display.label ?? '' };
  await writeFileAtomically(fs, file, JSON.stringify(remembered), nonce);
}
