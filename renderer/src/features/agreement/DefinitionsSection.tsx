import type { AgreementState } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { removeDefinition } from './commands/agreementCommands';
import { useAgreementCommand } from './useAgreementCommand';

/** The terms the group defined while framing: the agreement opens with them. */
export function DefinitionsSection({
  sessionId,
  state,
}: {
  sessionId: SessionId;
  state: AgreementState;
}) {
  const run = useAgreementCommand();
  if (state.definitions.length === 0) return null;
  return (
    <section className="agreement-section" aria-label="Definitions">
      <header className="agreement-section-head">
        <h2>Definitions</h2>
        <p className="hint">
          What the group agreed its words mean, from the definition cards of the Frame stage.
        </p>
      </header>
      <dl className="definition-list">
        {state.definitions.map((d) => (
          <div key={d.id} className="definition">
            <dt>{d.term}</dt>
            <dd>
              {d.meaning}{' '}
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Remove the definition of ${d.term}`}
                onClick={() =>
                  void run(
                    removeDefinition,
                    { sessionId, definitionId: d.id },
                    { done: `Definition of ${d.term} removed.` },
                  )
                }
              >
                Remove
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
