import { useId } from 'react';

import { KIND_INFO, type ParticipantId } from '#shared/board/types';
import { CARD_KINDS, type Card, type CardKind } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { attributeCard, setCardKind, setSurprising } from './commands/cardDetailCommands';
import { useBoardData } from './useBoardData';

/** The card's details, opened from its "Card details" button: kind, attribution, and for conclusions the flag and links. */
export function CardDetails({ card }: { card: Card }) {
  const run = useRunWithNotice();
  const setLinking = useWindowStore((s) => s.setLinking);
  const { participants } = useBoardData();
  const id = useId();

  return (
    <div className="card-details">
      <label className="detail-field" htmlFor={`${id}-kind`}>
        Kind
      </label>
      <select
        id={`${id}-kind`}
        value={card.kind}
        onChange={(e) =>
          void run(setCardKind, { cardId: card.id, kind: e.target.value as CardKind })
        }
      >
        {CARD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_INFO[kind].icon} {KIND_INFO[kind].label}
          </option>
        ))}
      </select>
      <label className="detail-field" htmlFor={`${id}-who`}>
        Raised by
      </label>
      <select
        id={`${id}-who`}
        value={card.participantId ?? ''}
        onChange={(e) =>
          void run(attributeCard, {
            cardId: card.id,
            participantId: (e.target.value || null) as ParticipantId | null,
          })
        }
      >
        <option value="">
          {participants.length === 0 ? 'No participants listed yet' : 'Nobody in particular'}
        </option>
        {participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.party ? ` (${p.party})` : ''}
          </option>
        ))}
      </select>
      {card.lane === 'conclusions' && (
        <>
          <label className="detail-check">
            <input
              type="checkbox"
              checked={card.surprising === true}
              onChange={(e) =>
                void run(setSurprising, { cardId: card.id, surprising: e.target.checked })
              }
            />
            Surprising
          </label>
          <button type="button" className="button button-small" onClick={() => setLinking(card.id)}>
            Link cards…
          </button>
        </>
      )}
    </div>
  );
}
