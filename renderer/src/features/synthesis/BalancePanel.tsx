import { useState } from 'react';

import { balanceChart } from '#shared/charts/balanceChart';
import { practicabilityChart, scoredPoints } from '#shared/charts/practicabilityChart';
import type { SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';

import { isReadFailure } from '../../db/readOrFailure';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { RoomScoringButton } from '../room';
import { ChartFigure } from './ChartFigure';
import { ScoreRow } from './ScoreRow';
import { useSessionVoices } from './useSessionVoices';

/**
 * The facilitator's private panel (never on the room view): the balance of voices, flagging a
 * party that has said nothing in a lens, and the practicability points to score. Closed by default.
 */
export function BalancePanel({ sessionId }: { sessionId: SessionId }) {
  const [open, setOpen] = useState(false);
  const voices = useSessionVoices(sessionId, open);
  return (
    <section className="balance-panel" aria-label="Balance of voices">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Balance of voices and practicability <span className="hint">(private)</span>
        </summary>
        {isReadFailure(voices) ? (
          <ReadFailedPanel what="the balance of voices" detail={voices.message} />
        ) : voices === undefined ? (
          open && <p className="hint">Counting…</p>
        ) : (
          <div className="balance-panel-body">
            <button
              type="button"
              className="button button-quiet balance-panel-close"
              onClick={() => setOpen(false)}
            >
              Close
            </button>
            <div className="balance-panel-column">
              <h2>Balance of voices</h2>
              <Flags
                flags={voices.balance.parties.flatMap((p) =>
                  p.silentIn.map((lens) => `${p.party} has said nothing in ${LANES[lens].label}.`),
                )}
              />
              {voices.balance.parties.length === 0 ? (
                <p className="hint">
                  Add participants with their parties (Participants on the toolbar) to see whose
                  voices are heard; anonymous phones’ points count for nobody.
                </p>
              ) : (
                <ChartFigure chart={balanceChart(voices.balance)} />
              )}
            </div>
            <div className="balance-panel-column">
              <h2>Practicability scores</h2>
              <RoomScoringButton sessionId={sessionId} />
              {voices.practicability.length === 0 ? (
                <p className="hint">No practicability points on this proposition yet.</p>
              ) : (
                <>
                  <p className="hint">
                    Score each point 1 (weak) to 5 (strong). A low score is offered as a contingency
                    when you generate the draft.
                  </p>
                  <ul className="score-rows">
                    {voices.practicability.map((card) => (
                      <ScoreRow key={card.id} card={card} rows={voices.scores.get(card.id) ?? []} />
                    ))}
                  </ul>
                  {scoredPoints(voices.practicability).length > 0 && (
                    <ChartFigure chart={practicabilityChart(scoredPoints(voices.practicability))} />
                  )}
                </>
              )}
            </div>
          </div>
        )}
      </details>
    </section>
  );
}

function Flags({ flags }: { flags: string[] }) {
  if (!flags.length) return <p className="balance-ok">Every party has spoken in every lens.</p>;
  return (
    <ul className="balance-flags" aria-label="Parties not heard">
      {flags.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  );
}
