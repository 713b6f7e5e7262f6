import { Dexie, type DBCore, type Middleware, type ObservabilitySet } from 'dexie';

import { countCommit } from './commitCount';

type Announceable = IDBTransaction & { mutatedParts?: ObservabilitySet };

/** Transactions whose commit the window shows from the command's own rows (see below). */
const drawnFirst = new WeakSet<IDBTransaction>();

/**
 * Asks that this read-write transaction's commit be announced to the window's live queries only
 * after the window has drawn it. For commits whose rows are drawn straight from the command
 * (new cards, features/board/committedCards.ts): their lanes' reads only confirm what is already
 * on screen, so they need not run — nor Dexie check every live query of the window against the
 * commit — in the task that draws the card, before its frame.
 */
export function announceAfterPaint(tx: IDBTransaction): void {
  drawnFirst.add(tx);
}

/** When the window is next idle after its frame; at most 50 ms away, and at once without frames. */
function whenIdle(announce: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(announce, { timeout: 50 });
  else setTimeout(announce, 0);
}

/**
 * Dexie announces each commit (`storagemutated`: this window's live queries re-run, other windows
 * hear it through a BroadcastChannel) in the transaction's `complete` handler. This middleware's
 * own `complete` listener is added when the transaction is created, before Dexie sets its
 * handler, so it runs first: it counts the commit (commitCount.ts) and, for a transaction marked
 * by announceAfterPaint, takes the commit's key ranges away from Dexie and announces them itself
 * when the window is idle after drawing, to this window and the others alike. Nothing is lost:
 * every commit is still announced once, with the same ranges.
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
          countCommit();
          const parts = tx.mutatedParts;
          if (!parts || !drawnFirst.has(tx)) return;
          delete tx.mutatedParts;
          whenIdle(() => Dexie.on.storagemutated.fire(parts));
        });
      return tx;
    },
  }),
};
