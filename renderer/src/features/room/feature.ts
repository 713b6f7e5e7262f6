import type { BoardPart } from '../board';
import { RoomButton } from './RoomButton';
import { RoomHost } from './RoomHost';
import { RoomPanel } from './RoomPanel';

const boardPart: BoardPart = { toolbar: RoomButton, panelAbove: RoomPanel };

/**
 * What the room adds to the facilitator's window (docs/room.md): Open the room / Close the room
 * on the board, the join code, modes and inbox above the lanes, and — for as long as the window is
 * open — the relay that turns phones' points into commands whichever screen is showing.
 */
export const roomFeature = { boardPart, windowPart: RoomHost };
