import { useState } from 'react';

import { openRound, roundsOn } from '#shared/agreement/consent';
import {
  CONSENT_SCALE_IDS,
  CONSENT_SCALES,
  type ConsentScaleId,
  type ConsentTarget,
} from '#shared/agreement/consentTypes';
import type { AgreementState } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { useParticipants } from '../board';
import { openConsentRound, recordStance, revealConsentRound } from './commands/consentCommands';
import { ConsentSpread } from './ConsentSpread';
import { StanceForm } from './StanceForm';
import { useAgreementCommand } from './useAgreementCommand';

interface Props {
  sessionId: SessionId;
  state: AgreementState;
  target: ConsentTarget;
  /** "clause 3.1" or "the whole draft", for the heading. */
  what: string;
  onClose(): void;
}

/**
 * A consent round (docs/agreement.md): choose the scale, take stances privately (entered here by
 * the scribe, or sent from phones through the room), then Reveal shows the spread by party.
 */
export function ConsentRoundPanel({ sessionId, state, target, what, onClose }: Props) {
  const run = useAgreementCommand();
  const participants = useParticipants(sessionId) ?? [];
  const [scale, setScale] = useState<ConsentScaleId>('fist-to-five');
  const current = openRound(state, target);
  const latest = roundsOn(state, target).at(-1);
  const revealed = !current && latest?.revealedAt != null ? latest : null;
  const given = current ? new Set(current.stances.map((s) => s.partyId)) : new Set<string>();

  return (
    <section className="consent-round panel" aria-label="Consent round">
      <h3>Consent round on {what}</h3>
      {current ? (
        <>
          <p className="hint">
            {CONSENT_SCALES[current.scale].label}. Stances stay hidden until you reveal them.
          </p>
          <StanceForm
            round={current}
            parties={state.parties}
            participants={participants}
            onSave={(input) =>
              run(
                recordStance,
                { sessionId, roundId: current.id, ...input, source: 'scribe' },
                { inline: true },
              )
            }
          />
          <p className="consent-count" role="status">
            {current.stances.length === 1 ? '1 stance in' : `${current.stances.length} stances in`}
            {given.size > 0 &&
              ` — from ${state.parties
                .filter((p) => given.has(p.id))
                .map((p) => p.name)
                .join(', ')}`}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void run(revealConsentRound, { sessionId, roundId: current.id })}
            >
              Reveal
            </button>
            <button type="button" className="button" onClick={onClose}>
              Hide
            </button>
          </div>
        </>
      ) : (
        <>
          {revealed && (
            <>
              <p className="hint">
                {CONSENT_SCALES[revealed.scale].label}, revealed. A low stance is now that party’s
                recorded objection.
              </p>
              <ConsentSpread state={state} round={revealed} />
            </>
          )}
          <div className="form-actions">
            <label className="field-inline">
              <span>Scale</span>
              <select value={scale} onChange={(e) => setScale(e.target.value as ConsentScaleId)}>
                {CONSENT_SCALE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {CONSENT_SCALES[id].label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void run(openConsentRound, { sessionId, target, scale })}
            >
              {revealed ? 'Start another round' : 'Start round'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </section>
  );
}
