import { useState } from 'react';

import type { ProposedAddition } from '#shared/agreement/generate';
import { SECTION_TITLES } from '#shared/agreement/model';

interface Props {
  additions: readonly ProposedAddition[];
  onAdd(acceptKeys: string[]): Promise<void>;
  onClose(): void;
}

/**
 * Regenerating offers what the board gained since the draft was made; nothing already in the
 * draft is touched. The facilitator ticks what to add; the rest is not offered again.
 */
export function AdditionsPanel({ additions, onAdd, onClose }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(additions.map((a) => a.key)),
  );
  const toggle = (key: string) =>
    setChosen((s) =>
      s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key]),
    );
  return (
    <section className="additions panel" aria-label="Additions from the board">
      <h2>
        {additions.length === 1
          ? '1 new item on the board'
          : `${additions.length} new items on the board`}
      </h2>
      <p className="hint">
        Clauses already in the draft are left exactly as they are. Tick what to add; unticked items
        will not be offered again.
      </p>
      <ul className="addition-list">
        {additions.map((a) => (
          <li key={a.key}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(a.key)} onChange={() => toggle(a.key)} />
              <span className="addition-where">
                {a.kind === 'clause'
                  ? SECTION_TITLES[a.clause.section]
                  : 'Parties — legitimacy note'}
              </span>
              <span>{a.kind === 'clause' ? a.clause.text : a.note.text}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void onAdd([...chosen])}
        >
          {chosen.size === additions.length ? 'Add all' : `Add ${chosen.size} selected`}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Not now
        </button>
      </div>
    </section>
  );
}
