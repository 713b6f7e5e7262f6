import { useContext, useEffect, useState } from 'react';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import type { ParleyDb } from '../../db/database';
import { laneCardsQuery } from '../../db/queries';
import { isReadFailure } from '../../db/readOrFailure';
import { useLaneRead } from '../../db/useLaneRead';
import { useLiveQuery } from '../../db/useLiveQuery';
import { PreviewContext } from './ScreenText';

/**
 * More cards than this could never be read from the back of a room in one lane, so the screen
 * draws only the newest ones; the rest are counted, and the fit pass may hide a few more.
 */
export const MAX_CARDS_ON_SCREEN = 24;

export interface PresenterLaneCards {
  /** The newest cards of the lane, oldest first (board order). */
  cards: Card[];
  total: number;
}

/**
 * The newest cards of a lane and how many it holds, for the room screen.
 *
 * The mirror budget (docs/architecture.md, "Performance budgets": 50 ms from a commit in the
 * facilitator's window to the change painted on the wall) is mostly spent waiting in the one
 * IndexedDB backend both windows share, where reads run one after another. So:
 * - The room's live query reads only the newest cards, from the end of the ordered index (a few
 *   rows, whatever the lane's size). Only once they are in hand, and only for a lane too full to
 *   show whole, is the lane counted — so the count's scan never sits in the queue ahead of the
 *   card the room is waiting for; the count may follow it onto the screen a moment later.
 * - Dexie re-runs that live query after every change to the lane (its whole index range is
 *   observed), so each re-run's fresh result is what triggers the recount.
 * - Never `count()` in a live query: Dexie cannot tell which lane a `count()` depends on, so every
 *   count in every window re-ran after any card was written anywhere (ten index scans per keystroke
 *   at 2,000 cards).
 * - The facilitator's small preview shares the whole-lane read the board beside it already makes
 *   (db/useLaneRead.ts: one read per lane per window), so the preview adds nothing to the queue
 *   the room is waiting in.
 */
export function usePresenterLane(
  propositionId: PropositionId,
  lane: LaneId,
): PresenterLaneCards | undefined {
  const { db } = useServices();
  const preview = useContext(PreviewContext);
  const whole = useLaneRead(db, propositionId, lane, preview);
  // The room's own screen: the newest few, from the end of the ordered index.
  const newest = useLiveQuery(
    async () => (preview ? null : await readNewestInLane(db, propositionId, lane)),
    [db, propositionId, lane, preview],
  );
  const [counted, setCounted] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!newest || newest.length < MAX_CARDS_ON_SCREEN) return;
    let current = true;
    void readLaneTotal(db, propositionId, lane)
      .then((total) => current && setCounted(total))
      // A failed count leaves the last one standing; the lane's cards are what matter.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [db, propositionId, lane, newest]);

  if (preview) {
    if (!whole) return undefined;
    // A lane the board could not read shows no cards here; the board says why.
    const cards = isReadFailure(whole.cards) ? [] : whole.cards;
    return { cards: cards.slice(-MAX_CARDS_ON_SCREEN), total: cards.length };
  }
  if (!newest) return undefined;
  return { cards: newest, total: laneTotal(newest.length, counted) };
}

/** The newest cards of a lane, oldest first: a few rows from the end of the ordered index. */
export async function readNewestInLane(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
): Promise<Card[]> {
  return (
    await laneCardsQuery(db, propositionId, lane).reverse().limit(MAX_CARDS_ON_SCREEN).toArray()
  ).reverse();
}

/** How many cards a lane holds, read as keys (never `count()` in a live query; see above). */
export async function readLaneTotal(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
): Promise<number> {
  return (await laneCardsQuery(db, propositionId, lane).primaryKeys()).length;
}

/**
 * A lane with room to spare on screen is counted by what is shown. A fuller one uses its count,
 * which can lag the newest cards by a query; it is never allowed to say fewer than are shown.
 */
export function laneTotal(shown: number, counted: number | undefined): number {
  if (shown < MAX_CARDS_ON_SCREEN || counted === undefined) return shown;
  return Math.max(shown, counted);
}
