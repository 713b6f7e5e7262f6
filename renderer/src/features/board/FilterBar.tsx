import { isFiltering, NO_FILTER } from '#shared/board/filter';
import { KIND_INFO, type Participant } from '#shared/board/types';
import { CARD_KINDS, type CardKind } from '#shared/domain/types';

import { useWindowStore } from '../../ui/windowStore';

const VOTE_STEPS = [1, 2, 3, 5, 10];

/** Search and filters for the whole board: text, kind, party, votes. Lanes hide what does not match. */
export function FilterBar({ participants }: { participants: readonly Participant[] }) {
  const filter = useWindowStore((s) => s.filter);
  const setFilter = useWindowStore((s) => s.setFilter);
  const parties = [...new Set(participants.map((p) => p.party).filter((p) => p !== ''))].sort();

  return (
    <search className="filter-bar" aria-label="Search and filter cards">
      <input
        type="search"
        className="filter-search"
        aria-label="Search cards"
        placeholder="Search cards…"
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && setFilter({ text: '' })}
      />
      <select
        aria-label="Filter by kind"
        value={filter.kind}
        onChange={(e) => setFilter({ kind: e.target.value as CardKind | 'any' })}
      >
        <option value="any">All kinds</option>
        {CARD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_INFO[kind].icon} {KIND_INFO[kind].label}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by party"
        value={filter.party}
        onChange={(e) => setFilter({ party: e.target.value })}
      >
        <option value="any">All parties</option>
        {parties.map((party) => (
          <option key={party} value={party}>
            {party}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by votes"
        value={filter.minVotes}
        onChange={(e) => setFilter({ minVotes: Number(e.target.value) })}
      >
        <option value={0}>Any votes</option>
        {VOTE_STEPS.map((n) => (
          <option key={n} value={n}>
            {n}+ {n === 1 ? 'vote' : 'votes'}
          </option>
        ))}
      </select>
      {isFiltering(filter) && (
        <button type="button" className="button button-small" onClick={() => setFilter(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </search>
  );
}
