// The room server (docs/room.md): Node only, no Electron, so main and browser mode host it alike.
export { openRoomServer, joinUrl, type RoomServer, type RoomServerOptions } from './roomServer';
export { listNetworkAddresses, roomAddresses } from './networkAddresses';
export {
  createRoomController,
  roomSettingsFromEnv,
  type RoomController,
  type RoomSettings,
} from './roomController';
export { attachRoomHostSocket, loopbackHosts } from './hostSocket';
