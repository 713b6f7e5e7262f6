import { defineCommandSpecs } from './commandSpec';

/** Commands of the whole facilitator window: the File menu and undo. */
export const APP_COMMAND_SPECS = defineCommandSpecs({
  'session.new': {
    label: 'New session',
    keys: [],
    menuAccelerator: 'CmdOrCtrl+N',
  },
  'app.home': {
    label: 'All sessions',
    keys: [],
    menuAccelerator: 'CmdOrCtrl+Shift+H',
  },
  // Outside a text box only: inside one, the box's own undo wins.
  'board.undo': {
    label: 'Undo the last board change (outside a text box)',
    keys: [{ key: 'z', mod: true }],
  },
  'board.redo': {
    label: 'Redo the change just undone (outside a text box)',
    keys: [{ key: 'z', mod: true, shift: true }],
  },
});

export type AppCommandName = keyof typeof APP_COMMAND_SPECS;
