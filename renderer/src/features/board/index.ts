// The board's public face: other features and the app import only what is here.
export { BoardPartsContext, gatherBoardParts, type BoardPart, type BoardParts } from './boardParts';
export { boardFeature } from './feature';
export { useParticipants } from './useBoardData';
export { useBoardSession } from './useBoardSession';
export { boardCommands } from './keys';
