import { useEffect } from 'react';

import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import type { RowDiff } from '../../commands/diff';
import { commitsHeard } from '../../db/commitCount';
import { useCommittedCards, type CommittedCard } from './committedCardsStore';

/** The cards a command created (a row that was not there before), in the order it wrote them. */
export function createdCards(diffs: readonly RowDiff[]): Card[] {
  return diffs.flatMap((d) =>
    d.table === 'cards' && d.before === undefined && d.after !== undefined ? [d.after as Card] : [],
  );
}

/** A hidden window draws nothing; its lanes catch up from their reads when it is shown. */
const windowHidden = () => globalThis.document?.visibilityState === 'hidden';

/**
 * Whether this window will draw the cards of this commit itself (then its live queries hear of
 * the commit after the frame, db/announceAfterPaint.ts). Not while hidden: nothing is drawn, so
 * the lanes must hear at once, not when the window is next idle.
 */
export function drawsCreatedCards(diffs: readonly RowDiff[]): boolean {
  return !windowHidden() && createdCards(diffs).length > 0;
}

type Schedule = (flush: () => void) => void;

/** The frame about to be drawn; a page without frames (tests in Node) flushes on the next task. */
const nextFrame: Schedule = (flush) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(flush) : setTimeout(flush, 0);

/**
 * Collects the cards created by commits and hands them to `show`. The first commit of a frame is
 * drawn at once, in the task that heard the commit (the card is painted in the frame it was saved
 * in, as soon as any page could); commits heard later in the same frame are gathered and drawn
 * together just before it is painted. So a busy room, whose points arrive in a few batches a
 * frame (features/room/roomRelay.ts), costs each lane it touches at most two renders a frame,
 * however many points it sends. Each card is stamped with the commit count as it is heard — the
 * listener runs right after the commit — so a lane knows which of its reads already hold it
 * (docs/architecture.md, "Data flow").
 */
export function committedCardsCollector(
  show: (cards: readonly CommittedCard[]) => void,
  schedule: Schedule = nextFrame,
) {
  let drawnThisFrame = false;
  let gathered: CommittedCard[] = [];
  const endOfFrame = () => {
    drawnThisFrame = false;
    const batch = gathered;
    gathered = [];
    if (batch.length > 0) show(batch);
  };
  return (diffs: readonly RowDiff[]) => {
    const cards = createdCards(diffs);
    if (cards.length === 0 || windowHidden()) return;
    const seq = commitsHeard();
    const stamped = cards.map((card) => ({ card, seq }));
    if (drawnThisFrame) {
      gathered.push(...stamped);
      return;
    }
    drawnThisFrame = true;
    schedule(endOfFrame);
    show(stamped);
  };
}

/**
 * While the board is open, the cards any command commits are drawn in the next frame from the
 * command's own rows; each lane's live query then confirms them (useLaneCards.ts), once the window
 * has drawn them (the commit is announced to live queries after the frame, db/announceAfterPaint.ts).
 */
export function useDrawCommittedCards(): void {
  const { commands } = useServices();
  useEffect(
    () =>
      commands.onCommit(
        committedCardsCollector((cards) => useCommittedCards.getState().showCommittedCards(cards)),
        drawsCreatedCards,
      ),
    [commands],
  );
}
