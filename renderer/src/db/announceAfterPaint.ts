import { Dexie, type DBCore, type Middleware, type ObservabilitySet } from 'dexie';

import { announceLater, announcing, countCommit } from './commitCount';

type Announceable = IDBTransaction & { mutatedParts?: ObservabilitySet };

/** Transactions whose commit the window shows from the command's own rows (see below). */
const drawnFirst = new WeakSet<IDBTransaction>();

/**
 * Asks that this read-write transaction's commit be announced to this window's live queries only
 * after the window has drawn it. For commits whose rows are drawn straight from the command
 * (new cards, features/board/committedCards.ts): their lanes' reads only confirm what is already
 * on screen, so they need not run — nor Dexie check every live query of the window against the
 * commit — in the task that draws the card, before its frame. Other windows hear it at once.
 */
export function announceAfterPaint(tx: IDBTransaction): void {
  drawnFirst.add(tx);
}

/**
 * The DOM event by which Dexie 4.4 (pinned in the lockfile) tells its live queries in this window
 * of a commit, and only in this window: Dexie re-broadcasts nothing it hears this way. The unit
 * test (announceAfterPaint.test.ts) fails if an upgrade renames it.
 */
export const DEXIE_LOCAL_EVENT = 'x-storagemutated-1';

/** Tells this window's live queries, and no other window's, of a commit. */
function announceHere(parts: ObservabilitySet): void {
  if (typeof dispatchEvent === 'function' && typeof CustomEvent === 'function')
    dispatchEvent(new CustomEvent(DEXIE_LOCAL_EVENT, { detail: parts }));
  // Without a DOM (unit tests in Node) there is no other window to keep it from.
  else Dexie.on.storagemutated.fire(parts);
}

/**
 * Other windows of the origin (the room view above all) hear a drawn-first commit at once, on a
 * channel of Parley's own: Dexie's would bring it back to this window's live queries before the
 * frame. A window's channel does not hear its own messages.
 */
export const DRAWN_FIRST_CHANNEL = 'parley-commits-drawn-first';
const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(DRAWN_FIRST_CHANNEL) : null;
channel?.addEventListener('message', (event: MessageEvent<ObservabilitySet>) => {
  if (event.data) announceHere(event.data);
});
// Node (unit tests) would otherwise wait on the channel before exiting.
(channel as { unref?: () => void } | null)?.unref?.();

/** When the window is idle; at most 50 ms away. */
function whenIdle(announce: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(announce, { timeout: 50 });
  else setTimeout(announce, 0);
}

/**
 * When the window is idle after its next frame: the frame is asked for first, since an idle
 * callback asked for straight away can run before a frame that is due (traced: it held the card's
 * frame back 5 ms). A hidden window draws no frames, so it only waits to be idle.
 */
function afterNextFrame(announce: () => void): void {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden')
    requestAnimationFrame(() => whenIdle(announce));
  else whenIdle(announce);
}

/**
 * Dexie announces each commit (`storagemutated`: this window's live queries re-run, other windows
 * hear it through a BroadcastChannel) in the transaction's `complete` handler. This middleware's
 * own `complete` listener is added when the transaction is created, before Dexie sets its
 * handler, so it runs first: it counts the commit (commitCount.ts) and, for a transaction marked
 * by announceAfterPaint, takes the commit's key ranges away from Dexie, sends them to the other
 * windows at once and announces them here when the window is idle after drawing. Nothing is lost:
 * every commit is still announced once in every window, with the same ranges.
 */
export const announceAfterPaintMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AnnounceAfterPaint',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options) as Announceable;
      if (mode === 'readwrite')
        tx.addEventListener('complete', () => {
          const seq = countCommit();
          const parts = tx.mutatedParts;
          if (!parts || !drawnFirst.has(tx)) return;
          delete tx.mutatedParts;
          channel?.postMessage(parts);
          announceLater(seq);
          afterNextFrame(() => {
            announcing(seq);
            announceHere(parts);
          });
        });
      return tx;
    },
  }),
};
