import { useRef } from 'react';

import type { PropositionId } from '#shared/domain/ids';
import { LANES, type LaneId } from '#shared/domain/lanes';

import { FromRoomMark } from '../room';
import { ScreenText } from './ScreenText';
import { useFitList } from './useFit';
import { usePresenterLane } from './usePresenterLane';

/** One lane on the wall: large cards, newest at the bottom, shrunk or thinned to fit — never scrolled. */
export function PresenterLane({
  propositionId,
  lane,
  scale,
  current,
}: {
  propositionId: PropositionId;
  lane: LaneId;
  scale: number;
  current: boolean;
}) {
  const info = LANES[lane];
  const data = usePresenterLane(propositionId, lane);
  const frameRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Re-fitting forces layouts, so it runs only when the cards this lane shows really changed (not
  // when only its count did: a count that wraps its label differently resizes the list, and the
  // fit's resize observer catches that).
  const signature = data ? data.cards.map((c) => `${c.id}:${c.updatedAt}`).join(',') : '';
  const hiddenByFit = useFitList(frameRef, listRef, [signature, scale]);
  const total = data?.total ?? 0;
  const shown = (data?.cards.length ?? 0) - hiddenByFit;
  const notShown = total - shown;

  return (
    <section
      aria-label={info.label}
      className={`present-lane lane-${lane}${current ? ' is-current' : ''}`}
    >
      <div ref={frameRef} className="present-lane-frame">
        <header className="present-lane-header">
          <h2 className="present-lane-title">
            <span className="lane-icon" aria-hidden="true" />
            <ScreenText text={info.label} />
            <span className="present-lane-count">
              <ScreenText text={String(total)} />
            </span>
          </h2>
          <p className="present-lane-question">
            <ScreenText
              text={notShown > 0 ? `Newest ${shown} of ${total} · ${notShown} more` : info.question}
            />
          </p>
        </header>
        <ul ref={listRef} className="present-card-list" aria-label={`${info.label} cards`}>
          {data?.cards.map((card) => (
            <li key={card.id} className="present-card">
              <span className="present-card-text">
                <ScreenText text={card.text} />
              </span>
              <FromRoomMark card={card} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
