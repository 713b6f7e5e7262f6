import { CAPTURE_LANES, type CaptureCommandName } from '#shared/board/commandSpecs';
import { LANE_IDS, LANES, type LaneId } from '#shared/domain/lanes';

import type { BoardCommandContext, CommandBehaviours } from '../../commands/userCommand';
import { markArrivedByShortcut } from '../../ui/arrivedByShortcut';

/** A lane's capture box, found by its accessible name (the automation contract keeps it stable). */
function captureBox(lane: LaneId): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>(
    `textarea[aria-label="Add to ${LANES[lane].label}"]`,
  );
}

function captureInto(ctx: BoardCommandContext, lane: LaneId): void {
  ctx.switchCaptureLane(lane);
  const box = captureBox(lane);
  if (!box) return;
  box.focus();
  box.scrollIntoView({ block: 'nearest' });
  markArrivedByShortcut(box);
}

const nextLane = (lane: LaneId) => LANE_IDS[(LANE_IDS.indexOf(lane) + 1) % LANE_IDS.length]!;

const laneCommands = Object.fromEntries(
  Object.entries(CAPTURE_LANES).map(([name, lane]) => [
    name,
    { run: (ctx: BoardCommandContext) => captureInto(ctx, lane) },
  ]),
) as CommandBehaviours<keyof typeof CAPTURE_LANES, BoardCommandContext>;

/** What the board's capture commands do (words and keys: shared/board/commandSpecs.ts). */
export const boardCommands: CommandBehaviours<CaptureCommandName, BoardCommandContext> = {
  'capture.focus': { run: (ctx) => captureInto(ctx, ctx.captureLane()) },
  'capture.switchLane': { run: (ctx) => captureInto(ctx, nextLane(ctx.captureLane())) },
  ...laneCommands,
};
