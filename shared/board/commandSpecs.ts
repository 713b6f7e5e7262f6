import { defineCommandSpecs, type CommandSpec } from '../commands/commandSpec';
import { LANE_IDS, LANES, type LaneId } from '../domain/lanes';

type LaneCaptureName = `capture.lane.${LaneId}`;

/** Which lane each "capture into" command names. */
export const CAPTURE_LANES = Object.fromEntries(
  LANE_IDS.map((lane) => [`capture.lane.${lane}`, lane]),
) as { readonly [L in LaneId as `capture.lane.${L}`]: L };

/** Digits 1–5 capture straight into a lane, in the board's order. */
const LANE_CAPTURE_SPECS = Object.fromEntries(
  LANE_IDS.map((lane, i): [LaneCaptureName, CommandSpec] => [
    `capture.lane.${lane}`,
    { label: `Capture into ${LANES[lane].label}`, keys: [{ key: String(i + 1) }] },
  ]),
) as Record<LaneCaptureName, CommandSpec>;

/** The board's commands: capturing points into its lanes from the keyboard. */
export const BOARD_COMMAND_SPECS = defineCommandSpecs({
  'capture.focus': { label: 'Type into the current lane', keys: [{ key: 'c' }] },
  'capture.switchLane': { label: 'Switch capture to the next lane', keys: [{ key: 'l' }] },
  'board.focusMode': {
    label: 'Focus mode: the current lane large, the others narrow',
    keys: [{ key: 'f' }],
  },
  ...LANE_CAPTURE_SPECS,
});

export type BoardLaneCommandName = keyof typeof BOARD_COMMAND_SPECS;
