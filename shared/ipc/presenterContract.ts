import { z } from 'zod';

// The presenter's IPC schemas (docs/architecture.md, "The IPC contract"), kept beside the contract
// so the map stays a map.

/** Open (or bring forward) the room view on a session; the id is checked as the hash route checks it. */
export const OpenPresenterRequest = z
  .object({ sessionId: z.string().regex(/^[\w-]{1,64}$/, 'a session id') })
  .strict();

export const OpenPresenterResponse = z.object({
  /** True when it went full screen on a second display (the projector); false for a normal window. */
  external: z.boolean(),
  /** The display's name when the shell knows it, for "Presenting on …". */
  displayLabel: z.string().nullable(),
});
export type OpenPresenterResponse = z.infer<typeof OpenPresenterResponse>;

export const ClosePresenterRequest = z.object({}).strict();
export const ClosePresenterResponse = z.object({ closed: z.boolean() });
export type ClosePresenterResponse = z.infer<typeof ClosePresenterResponse>;
