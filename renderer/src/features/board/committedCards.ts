import { useEffect } from 'react';

import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import type { RowDiff } from '../../commands/diff';
import { commitsHeard } from '../../db/useLiveQuery';
import type { CommittedCard } from '../../ui/slices/committedCardsSlice';
import { useWindowStore } from '../../ui/windowStore';

/** The cards a command created (a row that was not there before), in the order it wrote them. */
export function createdCards(diffs: readonly RowDiff[]): Card[] {
  return diffs.flatMap((d) =>
    d.table === 'cards' && d.before === undefined && d.after !== undefined ? [d.after as Card] : [],
  );
}

type Schedule = (flush: () => void) => void;

/** The frame about to be drawn; a page without frames (tests in Node) flushes on the next task. */
const nextFrame: Schedule = (flush) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(flush) : setTimeout(flush, 0);

/**
 * Collects the cards created by commits and hands them to `show` once per frame: however many
 * arrive in a frame (a busy room), each lane they touch draws once. Stamped with the commit count
 * at once — the listener runs right after the commit — so a lane knows which of its reads
 * already hold them (docs/architecture.md, "Data flow").
 */
export function committedCardsCollector(
  show: (cards: readonly CommittedCard[]) => void,
  schedule: Schedule = nextFrame,
) {
  let pending: CommittedCard[] = [];
  return (diffs: readonly RowDiff[]) => {
    const cards = createdCards(diffs);
    // A hidden window draws nothing anyway; its lanes catch up from their reads.
    if (cards.length === 0 || globalThis.document?.visibilityState === 'hidden') return;
    const seq = commitsHeard();
    if (pending.length === 0)
      schedule(() => {
        const batch = pending;
        pending = [];
        show(batch);
      });
    for (const card of cards) pending.push({ card, seq });
  };
}

/**
 * While the board is open, the cards any command commits are drawn in the next frame from the
 * command's own rows; each lane's live query then confirms them (useLaneCards.ts).
 */
export function useDrawCommittedCards(): void {
  const { commands } = useServices();
  useEffect(
    () =>
      commands.onCommit(
        committedCardsCollector((cards) => useWindowStore.getState().showCommittedCards(cards)),
      ),
    [commands],
  );
}
