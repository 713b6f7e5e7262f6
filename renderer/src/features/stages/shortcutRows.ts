import {
  COMMAND_NAMES,
  COMMAND_SPECS,
  scopeOf,
  type CommandScope,
} from '#shared/commands/commandSpecs';
import { keyWords } from '#shared/commands/keyBinding';

// The `?` overlay's rows, built from the command registry (shared/commands/commandSpecs.ts).

/** One row of the overlay: the keys, and what they do. */
export type ShortcutRow = readonly [keys: string, label: string];

/** Every command with keys, in the registry's order, for one scope. */
export function commandRows(scope: CommandScope): ShortcutRow[] {
  return COMMAND_NAMES.filter((name) => scopeOf(name) === scope && COMMAND_SPECS[name].keys.length)
    .map((name) => COMMAND_SPECS[name])
    .map((spec) => [spec.keys.map(keyWords).join(' or '), spec.label]);
}

/** The capture boxes' own keys (not commands: the box handles them), then undo and redo. */
export const TEXT_BOX_ROWS: readonly ShortcutRow[] = [
  ['Enter', 'Add the card you are typing'],
  ['Shift and Enter', 'New line in a card'],
  ['Esc', 'Leave the text box, so shortcuts work again'],
  ['L again', 'In a lane box L has just opened, before typing: the next lane'],
  ...commandRows('app'),
];
export const SESSION_ROWS = commandRows('board');
