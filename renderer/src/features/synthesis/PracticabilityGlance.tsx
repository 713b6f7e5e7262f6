import { practicabilityChart, scoredPoints } from '#shared/charts/practicabilityChart';
import type { PropositionId } from '#shared/domain/ids';

import { useServices } from '../../commands/AppServices';
import { laneCardsQuery } from '../../db/queries';
import { useLiveQuery } from '../../db/useLiveQuery';
import { ChartFigure } from './ChartFigure';

/**
 * Importance against practicability for the proposition on the board, as the room view shows it
 * (presenter mode "Practicability chart"): the same chart as the exports, with its numbers.
 */
export function PracticabilityGlance({ propositionId }: { propositionId: PropositionId }) {
  const { db } = useServices();
  const cards = useLiveQuery(
    () => laneCardsQuery(db, propositionId, 'practicability').toArray(),
    [db, propositionId],
  );
  if (cards === undefined) return null;
  const points = scoredPoints(cards);
  return (
    <section className="practicability-glance" aria-label="Practicability at a glance">
      {points.length === 0 ? (
        <p className="practicability-glance-empty">No practicability point has been scored yet.</p>
      ) : (
        <ChartFigure chart={practicabilityChart(points)} />
      )}
    </section>
  );
}
