// The room's public face (docs/room.md): other features and the app import only what is here.
export { roomFeature } from './feature';
export { FromRoomMark } from './FromRoomMark';
export { RoomModeControl } from './RoomModeControl';
export { RoomPresenterJoin } from './RoomPresenterJoin';
// The phones' practicability scoring control, beside the facilitator's own scoring.
export { RoomScoringButton } from './RoomScoringButton';
