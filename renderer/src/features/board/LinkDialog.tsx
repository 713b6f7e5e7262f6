import { useEffect, useMemo, useRef, useState } from 'react';

import type { CardId, PropositionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';

import { useServices } from '../../commands/AppServices';
import { useRunCommand } from '../../commands/useCommands';
import { useLiveQuery } from '../../db/useLiveQuery';
import { FieldError } from '../../ui/FieldError';
import { useWindowStore } from '../../ui/windowStore';
import { setConclusionLinks } from './commands/cardDetailCommands';

const SHOWN = 60;

/** Chooses the cards a conclusion draws on: search, tick, save (one undo step). */
export function LinkDialog({
  conclusionId,
  propositionId,
}: {
  conclusionId: CardId;
  propositionId: PropositionId;
}) {
  const { db } = useServices();
  const run = useRunCommand();
  const setLinking = useWindowStore((s) => s.setLinking);
  const conclusion = useLiveQuery(() => db.cards.get(conclusionId), [db, conclusionId]);
  const cards = useLiveQuery(
    () =>
      db.cards
        .where('[propositionId+lane+order]')
        .between([propositionId, '', -Infinity], [propositionId, '\uffff', Infinity])
        .toArray(),
    [db, propositionId],
  );
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const picked = chosen ?? new Set<string>(conclusion?.drawsOn ?? []);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
    return () => opener?.focus?.();
  }, []);

  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (cards ?? []).filter(
      (c) =>
        c.lane !== 'conclusions' && (needle === '' || c.text.toLocaleLowerCase().includes(needle)),
    );
  }, [cards, query]);

  function toggle(id: string) {
    const next = new Set(picked);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  }

  async function save() {
    const outcome = await run(setConclusionLinks, {
      conclusionId,
      cardIds: [...picked] as CardId[],
    });
    if (!outcome.ok) return setError(outcome.message);
    setLinking(null);
  }

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && setLinking(null)}>
      <div
        ref={dialogRef}
        className="dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="link-dialog-title"
      >
        <h2 id="link-dialog-title">Link cards to this conclusion</h2>
        <p className="dialog-quote">{conclusion?.text}</p>
        <input
          type="search"
          aria-label="Find cards to link"
          placeholder="Find cards…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ul className="link-choices" aria-label="Cards to link">
          {matches.slice(0, SHOWN).map((card) => (
            <li key={card.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(card.id)}
                  onChange={() => toggle(card.id)}
                />
                <span className="link-choice-lane">{LANES[card.lane].label}</span>
                <span className="link-choice-text">{card.text}</span>
              </label>
            </li>
          ))}
        </ul>
        {matches.length > SHOWN && (
          <p className="hint">{matches.length - SHOWN} more — type to narrow the list.</p>
        )}
        {matches.length === 0 && <p className="hint">No cards match.</p>}
        <FieldError message={error} />
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => void save()}>
            Save links ({picked.size})
          </button>
          <button type="button" className="button" onClick={() => setLinking(null)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
