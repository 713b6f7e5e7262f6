import { defineCommandSpecs } from '../commands/commandSpec';

/** The room screen's commands, run from the facilitator's board. */
export const PRESENTER_COMMAND_SPECS = defineCommandSpecs({
  'room.blank': {
    label: 'Blank the room screen (or show it again)',
    keys: [{ key: 'b' }],
    menuLabel: 'Blank the room screen',
  },
});

export type PresenterCommandName = keyof typeof PRESENTER_COMMAND_SPECS;
