import { useRef } from 'react';
import type { PropositionId } from '../../../../shared/domain/ids';
import { LANES, type LaneId } from '../../../../shared/domain/lanes';
import { ScreenText } from './ScreenText';
import { useFitList } from './useFit';
import { usePresenterLane } from './usePresenterLane';

/** One lane on the wall: large cards, newest at the bottom, shrunk or thinned to fit — never scrolled. */
export function PresenterLane({ propositionId, lane, scale, current }: { propositionId: PropositionId; lane: LaneId; scale: number; current: boolean }) {
  const info = LANES[lane];
  const data = usePresenterLane(propositionId, lane);
  const laneRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Dexie re-runs every lane's query after any card change; re-fitting (which forces layouts) is
  // only worth it when what this lane shows really changed.
  const signature = data ? `${data.total}|${data.cards.map((c) => `${c.id}:${c.updatedAt}`).join(',')}` : '';
  const hiddenByFit = useFitList(laneRef, listRef, [signature, scale]);
  const total = data?.total ?? 0;
  const shown = (data?.cards.length ?? 0) - hiddenByFit;
  const notShown = total - shown;

  return (
    <section ref={laneRef} aria-label={info.label} className={`present-lane lane-${lane}${current ? ' is-current' : ''}`}>
      <header className="present-lane-header">
        <h2 className="present-lane-title">
          <span className="lane-icon" aria-hidden="true" />
          <ScreenText text={info.label} />
          <span className="present-lane-count">
            <ScreenText text={String(total)} />
          </span>
        </h2>
        <p className="present-lane-question">
          <ScreenText text={notShown > 0 ? `Newest ${shown} of ${total} shown` : info.question} />
        </p>
      </header>
      <ul ref={listRef} className="present-card-list" aria-label={`${info.label} cards`}>
        {data?.cards.map((card) => (
          <li key={card.id} className="present-card">
            <span className="present-card-text">
              <ScreenText text={card.text} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
