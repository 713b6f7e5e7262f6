import type { KeyBinding } from './keyBinding';

/**
 * What the facilitator sees of a command: its words and keys. This half lives in shared/ because
 * the desktop menu (main process) shows it too; what the command does lives with its feature in
 * the renderer.
 */
export interface CommandSpec {
  readonly label: string;
  /** Keys the page listens for; the shortcut overlay lists them. */
  readonly keys: readonly KeyBinding[];
  /** Shorter words for the desktop menu, when the label would crowd it. */
  readonly menuLabel?: string;
  /**
   * A key the desktop menu registers itself, because the page has none (in a browser, Ctrl+N
   * opens a window).
   */
  readonly menuAccelerator?: string;
}

/** Keeps each name's literal type, and checks every entry is a CommandSpec. */
export function defineCommandSpecs<const T extends Record<string, CommandSpec>>(specs: T): T {
  return specs;
}
