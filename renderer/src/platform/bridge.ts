import type { ParleyBridge } from '#shared/ipc/contract';

import { createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    parley?: ParleyBridge;
  }
}

/** The native bridge when the preload provided one, otherwise the browser implementation. */
export const parley: ParleyBridge = window.parley ?? createBrowserBridge();
