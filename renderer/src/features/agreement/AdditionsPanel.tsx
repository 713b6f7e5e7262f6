import { useState } from 'react';

import type { ProposedAddition } from '#shared/agreement/generate';
import { PLACEMENT_LABELS, PLACEMENTS, type Placement } from '#shared/agreement/placement';

interface Props {
  additions: readonly ProposedAddition[];
  /** True before the first draft is written: the whole board is under review. */
  first: boolean;
  onAdd(acceptKeys: string[], moves: Record<string, Placement>): Promise<void>;
  onClose(): void;
}

/**
 * The review step before anything is written (docs/agreement.md): each card the board offers,
 * with where it would go and why. The facilitator moves a card to another section or leaves it
 * out; unticked and left-out cards are not offered again. Clauses already in the draft are never
 * touched.
 */
export function AdditionsPanel({ additions, first, onAdd, onClose }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(additions.filter((a) => a.placement !== 'leave-out').map((a) => a.key)),
  );
  const [moves, setMoves] = useState<Record<string, Placement>>({});
  const toggle = (key: string) =>
    setChosen((s) =>
      s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key]),
    );
  const move = (a: ProposedAddition, to: Placement) => {
    setMoves((m) => ({ ...m, [a.key]: to }));
    setChosen((s) =>
      to === 'leave-out' ? new Set([...s].filter((k) => k !== a.key)) : new Set([...s, a.key]),
    );
  };
  const count = chosen.size;
  return (
    <section className="additions panel" aria-label="Additions from the board">
      <h2>
        {first
          ? 'Review the draft before it is written'
          : additions.length === 1
            ? '1 new item on the board'
            : `${additions.length} new items on the board`}
      </h2>
      <p className="hint">
        Each card is placed by what it is — its kind, then its lane. Move any card to where it
        belongs, or leave it out.{first ? '' : ' Clauses already in the draft stay as they are.'}
      </p>
      <ul className="addition-list">
        {additions.map((a) => {
          const placement = moves[a.key] ?? a.placement;
          return (
            <li key={a.key} aria-label={a.card.text}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(a.key)}
                  onChange={() => toggle(a.key)}
                  aria-label={`Keep “${a.card.text}”`}
                />
                <q className="source-card">{a.card.text}</q>
              </label>
              <label className="field-inline addition-where">
                <span>Goes to</span>
                <select value={placement} onChange={(e) => move(a, e.target.value as Placement)}>
                  {PLACEMENTS.map((p) => (
                    <option key={p} value={p}>
                      {PLACEMENT_LABELS[p]}
                    </option>
                  ))}
                </select>
              </label>
              {!moves[a.key] && <span className="hint addition-why">{a.why}</span>}
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void onAdd([...chosen], moves)}
        >
          {first
            ? `Write the draft (${count})`
            : count === additions.length
              ? 'Add all'
              : `Add ${count} selected`}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Not now
        </button>
      </div>
    </section>
  );
}
