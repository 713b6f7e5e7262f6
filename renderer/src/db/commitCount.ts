import { Dexie } from 'dexie';

let heard = 0;

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

/** A commit of this window has completed (called before anything else hears of it). */
export function countCommit(): void {
  heard++;
}

Dexie.on('storagemutated', () => {
  heard++;
});
