const KEY = 'parley-room-window';

/**
 * This window's id for the room (docs/room.md, "One window relays"): kept in sessionStorage, so
 * it survives a reload of this tab — the facilitator who reloads goes on relaying — while every
 * other tab or window has its own.
 */
export function hostWindowIn(storage: Storage | null): string {
  const kept = storage?.getItem(KEY);
  if (kept && /^[\w-]{8,64}$/.test(kept)) return kept;
  const made = crypto.randomUUID();
  storage?.setItem(KEY, made);
  return made;
}

let mine: string | null = null;
/** This window's id, the same for the life of the page. */
export function thisHostWindow(): string {
  mine ??= hostWindowIn(sessionStorageOrNull());
  return mine;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage can be switched off; the window then gets a fresh id on each reload.
    return null;
  }
}

/** Whether this window opened the room on `sessionId` and so relays for it. */
export function relaysHere(
  status: { open: boolean; sessionId: string | null; hostWindow: string | null },
  sessionId: string,
  windowId: string,
): boolean {
  return status.open && status.sessionId === sessionId && status.hostWindow === windowId;
}
