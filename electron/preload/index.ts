// The only file that talks to ipcRenderer (docs/architecture.md, "Layers"). It runs sandboxed, so
// it is bundled into a single file with no requires besides 'electron'.
import { contextBridge, ipcRenderer } from 'electron';

import { MENU_COMMAND_CHANNEL } from '#shared/ipc/contract';

import { buildBridge } from './buildBridge';

contextBridge.exposeInMainWorld('parley', buildBridge(ipcRenderer, MENU_COMMAND_CHANNEL));
