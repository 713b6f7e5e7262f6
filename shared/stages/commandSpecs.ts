import { defineCommandSpecs } from '../commands/commandSpec';

/** The stage panel's commands: moving through the plan, the timer, notes and the shortcut list. */
export const STAGE_COMMAND_SPECS = defineCommandSpecs({
  'stage.next': { label: 'Next stage', keys: [{ key: 'n' }, { key: 'PageDown' }] },
  // B belongs to "Blank screen" (the automation contract), so the way back is P.
  'stage.previous': {
    label: 'Previous stage',
    keys: [{ key: 'p' }, { key: 'PageUp' }],
  },
  'timer.toggle': { label: 'Start or pause the timer', keys: [{ key: 't' }] },
  'timer.addOne': { label: 'Add 1 minute', keys: [{ key: '=' }] },
  'timer.addFive': { label: 'Add 5 minutes', keys: [{ key: '+' }] },
  'timer.reset': { label: 'Reset the timer', keys: [{ key: 'R' }] },
  'timer.chime': { label: 'Chime at zero on or off', keys: [{ key: 'm' }] },
  'panel.stage': { label: 'Open or fold the stage panel', keys: [{ key: 's' }] },
  'notes.focus': { label: 'Write private notes', keys: [{ key: 'w' }] },
  'plan.edit': { label: 'Edit the stage plan', keys: [{ key: 'e' }] },
  'help.shortcuts': {
    label: 'Show or hide keyboard shortcuts',
    keys: [{ key: '?' }],
    menuLabel: 'Keyboard shortcuts',
  },
});

export type StageCommandName = keyof typeof STAGE_COMMAND_SPECS;
