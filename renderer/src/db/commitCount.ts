import { Dexie } from 'dexie';

let heard = 0;
/** This window's own commits counted but not yet announced here (announceAfterPaint.ts). */
const unannounced: number[] = [];

/**
 * How many commits this window has heard of so far: its own, counted the moment each completes
 * (announceAfterPaint.ts), and every one Dexie announces, its own again and other windows'. The
 * count only grows, and reaches a commit's number no earlier than that commit's completion, so a
 * read started when this says n holds every commit this window counted up to n — IndexedDB shows a
 * transaction every commit completed before it began (features/board/useLaneCards.ts relies on it).
 * Counting a commit twice is harmless: numbers are compared, never used as a tally.
 */
export function commitsHeard(): number {
  return heard;
}

/**
 * The count up to which every commit has also been announced in this window: commitsHeard(),
 * less the commits drawn first whose announcement waits for the frame. What a read learned only
 * from announcements (a lane reading just its new tail, db/useLaneRead.ts) holds these and no more.
 */
export function commitsAnnounced(): number {
  return unannounced.length > 0 ? unannounced[0]! - 1 : heard;
}

/** A commit of this window has completed (called before anything else hears of it); its number. */
export function countCommit(): number {
  return ++heard;
}

/** Commit `seq` will be announced here later, not as it completes (announceAfterPaint.ts). */
export function announceLater(seq: number): void {
  unannounced.push(seq);
}

/** Commit `seq`, counted earlier, is being announced here now. */
export function announcing(seq: number): void {
  const at = unannounced.indexOf(seq);
  if (at >= 0) unannounced.splice(at, 1);
}

Dexie.on('storagemutated', () => {
  heard++;
});
