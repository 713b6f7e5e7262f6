import type { Dexie } from 'dexie';

import type { ConnectionState } from '../../ui/slices/connectionSlice';

export type { ConnectionState };

interface VersionEvent {
  newVersion: number | null;
  oldVersion: number;
}

/**
 * Another window (a newer Parley, or a tab of the browser build) wants to upgrade or delete the
 * database. Dexie's own handler closes this connection so the upgrade is not blocked; on top of
 * that this window must stop working on the old schema. Returns an unsubscribe function.
 */
export function watchConnection(db: Dexie, report: (state: ConnectionState) => void): () => void {
  const onVersionChange = (event: VersionEvent) => {
    // Close here too, not only in Dexie's default: this window must never hold up the upgrade.
    db.close({ disableAutoOpen: false });
    report(event.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere');
  };
  // Our own upgrade waits for an older window that has not let go yet.
  const onBlocked = () => report('blocked');
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** Reloading is only safe when no half-typed text would be thrown away with the page. */
export function hasUnsavedText(doc: Document): boolean {
  return [
    ...doc.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      'textarea, input[type="text"], input:not([type])',
    ),
  ].some((el) => el.value.trim() !== '');
}
