import { useState } from 'react';

import {
  SECTION_IDS,
  SECTION_TITLES,
  sectionClauses,
  type AgreementState,
  type SectionId,
} from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { ClauseEditor } from './ClauseEditor';
import { ClauseItem } from './ClauseItem';
import { addClause } from './commands/agreementCommands';
import { useAgreementCommand } from './useAgreementCommand';

const SECTION_HELP: Record<SectionId, string> = {
  objectives:
    'What all parties are trying to achieve together — shared aims, not targets set from the centre.',
  commitments:
    'What each party will reliably do. A service guarantees levels of functioning; communities commit their part.',
  contingencies:
    'What happens if a commitment cannot be kept, and which objectives depend on which commitments.',
  review:
    'Who reports to whom, what is measured, and when the agreement is reviewed and renegotiated.',
  questions: 'What the group could not settle today.',
};

interface Props {
  sessionId: SessionId;
  state: AgreementState;
  section: SectionId;
  cardTexts: ReadonlyMap<string, string>;
}

export function ClauseSection({ sessionId, state, section, cardTexts }: Props) {
  const run = useAgreementCommand();
  const [adding, setAdding] = useState(false);
  const clauses = sectionClauses(state, section);
  const title = SECTION_TITLES[section];
  return (
    <section className="agreement-section" aria-label={title}>
      <header className="agreement-section-head">
        <h2>
          <span className="section-number">{SECTION_IDS.indexOf(section) + 2}</span> {title}
        </h2>
        <p className="hint">{SECTION_HELP[section]}</p>
      </header>
      {clauses.length === 0 && !adding && <p className="section-empty">No clauses yet.</p>}
      <ol className="clause-list">
        {clauses.map((c) => (
          <ClauseItem
            key={c.id}
            sessionId={sessionId}
            state={state}
            clause={c}
            cardTexts={cardTexts}
          />
        ))}
      </ol>
      {adding ? (
        <ClauseEditor
          state={state}
          section={section}
          onCancel={() => setAdding(false)}
          onSave={async (input) => {
            const problem = await run(
              addClause,
              { sessionId, ...input, section },
              { inline: true },
            );
            if (!problem) setAdding(false);
            return problem;
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-small add-clause"
          onClick={() => setAdding(true)}
          aria-label={`Add a clause to ${title}`}
        >
          + Add clause
        </button>
      )}
    </section>
  );
}
