import { useEffect, useRef } from 'react';
import type { PropositionId, SessionId } from '../../../../shared/domain/ids';
import { LANES, type LaneId } from '../../../../shared/domain/lanes';
import { addCard } from '../../commands/cardCommands';
import { useRunCommand } from '../../commands/useCommands';
import { CardItem } from './CardItem';
import { CardTextBox } from './CardTextBox';
import { useLaneCards } from './useLaneCards';
import { isReadFailure } from '../../db/readOrFailure';

interface Props {
  sessionId: SessionId;
  propositionId: PropositionId;
  lane: LaneId;
}

/**
 * One region of the board. The add box stays at the bottom of the lane and keeps focus after
 * Enter, so a facilitator can type point after point while the room talks.
 */
export function Lane({ sessionId, propositionId, lane }: Props) {
  const info = LANES[lane];
  const read = useLaneCards(propositionId, lane);
  // A lane that failed to read shows why instead of "Nothing here yet" (ARCHITECTURE §9).
  const failure = isReadFailure(read) ? read : null;
  const cards = isReadFailure(read) ? undefined : read;
  const run = useRunCommand();
  const listRef = useRef<HTMLUListElement>(null);
  const count = cards?.length ?? 0;
  const previousCount = useRef(count);

  // Keep the newest card in view as the lane grows.
  useEffect(() => {
    if (count > previousCount.current) listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
    previousCount.current = count;
  }, [count]);

  return (
    <section aria-label={info.label} className={`lane lane-${lane}`}>
      <header className="lane-header">
        <h2 className="lane-title">
          <span className="lane-icon" aria-hidden="true" />
          {info.label}
          <span className="lane-count" aria-label={`${count} cards`}>
            {count}
          </span>
        </h2>
        <p className="lane-question">{info.question}</p>
      </header>
      <ul ref={listRef} className="card-list" aria-label={`${info.label} cards`}>
        {cards?.map((card) => <CardItem key={card.id} card={card} />)}
      </ul>
      {cards?.length === 0 && <p className="lane-empty">Nothing here yet.</p>}
      {failure && (
        <p className="field-error" role="alert">
          {`Could not read these cards (${failure.message}). Nothing was deleted — reload to read again.`}
        </p>
      )}
      <CardTextBox
        label={`Add to ${info.label}`}
        placeholder={info.placeholder}
        clearOnSubmit
        className="lane-add"
        onSubmit={async (text) => {
          const outcome = await run(addCard, { sessionId, lane, text });
          return outcome.ok ? null : outcome.message;
        }}
      />
    </section>
  );
}
