import { roundSpread } from '#shared/agreement/consent';
import type { ConsentRound } from '#shared/agreement/consentTypes';
import type { AgreementState } from '#shared/agreement/model';

/**
 * A revealed round's stances grouped by party: the facilitator's screen and the room see the same
 * spread, so disagreement is visible by whom and how strongly, not just yes or no.
 */
export function ConsentSpread({ state, round }: { state: AgreementState; round: ConsentRound }) {
  return (
    <ul className="consent-spread" aria-label="Spread by party">
      {roundSpread(state, round).map(({ party, stances }) => (
        <li key={party.id} className="spread-party">
          <strong>{party.name}</strong>
          {stances.length === 0 ? (
            <span className="spread-none"> — no stance given</span>
          ) : (
            <ul className="spread-stances">
              {stances.map((s, i) => (
                <li key={i} className={s.level.low ? 'stance stance-low' : 'stance'}>
                  <span className="stance-label">{s.level.label}</span>
                  {s.speaker && <span className="stance-speaker"> — {s.speaker}</span>}
                  {s.reason && <span className="stance-reason">: “{s.reason}”</span>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
