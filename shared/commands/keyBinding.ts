/**
 * A key that runs a command. `key` is a `KeyboardEvent.key` value. Without `mod` the key works
 * only with no Ctrl, Cmd or Alt held (those combinations stay the browser's); with `mod` it needs
 * Ctrl (Cmd on macOS), and `shift` says whether Shift must be held too.
 */
export interface KeyBinding {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
}

/** The parts of a key press a binding looks at (a KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export function keyMatches(press: KeyPress, binding: KeyBinding): boolean {
  if (binding.mod)
    return (
      (press.ctrlKey || press.metaKey) &&
      press.key.toLowerCase() === binding.key &&
      press.shiftKey === Boolean(binding.shift)
    );
  // A single key: Shift is part of the key itself ("R", "+", "?").
  return !press.ctrlKey && !press.metaKey && !press.altKey && press.key === binding.key;
}

/** Keys whose `key` value reads badly on its own. */
const KEY_WORDS: Readonly<Record<string, string>> = {
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  '+': '+ (Shift and =)',
};

const isShiftedLetter = (key: string) => key.length === 1 && key !== key.toLowerCase();
/** "n" → "N"; a named key ("PageDown", "Enter") stays as it is. */
const upper = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

/** How the shortcut overlay names a binding: "N", "Shift and R", "Ctrl and Shift and Z". */
export function keyWords(binding: KeyBinding): string {
  if (binding.mod) return `Ctrl and ${binding.shift ? 'Shift and ' : ''}${upper(binding.key)}`;
  if (isShiftedLetter(binding.key)) return `Shift and ${binding.key}`;
  return KEY_WORDS[binding.key] ?? upper(binding.key);
}

/** Characters typed with Shift, spelled as the key Electron's accelerators name. */
const SHIFTED_ACCELERATORS: Readonly<Record<string, string>> = { '?': 'Shift+/', '+': 'Shift+=' };

/** The Electron accelerator that shows a binding in the desktop menu ("N", "Shift+/"). */
export function acceleratorOf(binding: KeyBinding): string {
  if (binding.mod) return `CmdOrCtrl+${binding.shift ? 'Shift+' : ''}${upper(binding.key)}`;
  if (isShiftedLetter(binding.key)) return `Shift+${binding.key}`;
  return SHIFTED_ACCELERATORS[binding.key] ?? upper(binding.key);
}
