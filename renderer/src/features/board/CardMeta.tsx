import type { CardId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';

import { useWindowStore } from '../../ui/windowStore';
import { FromRoomMark } from '../room';
import { useBoardData, useCardsById } from './useBoardData';

function excerpt(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/**
 * The line under a card's text: who raised it, its votes, and its traceability both ways —
 * a conclusion lists the cards it draws on, a card lists the conclusions that draw on it.
 * Each link is a button that brings the other card into view. Nothing is drawn for a plain card.
 *
 * Only a card that draws on others reads them: a plain card subscribed an empty live query, one
 * per card in view (23–28 on a 2,000-card board), each mounted card — the new one too, on its way
 * to its first frame — subscribing one more (docs/architecture.md, "Performance budgets").
 */
export function CardMeta({ card }: { card: Card }) {
  return card.drawsOn?.length ? (
    <LinkedCardMeta card={card} ids={card.drawsOn} />
  ) : (
    <CardMetaLine card={card} drawsOn={undefined} />
  );
}

/** A card that draws on others: the cards it names, read live (one may be edited or deleted). */
function LinkedCardMeta({ card, ids }: { card: Card; ids: readonly string[] }) {
  return <CardMetaLine card={card} drawsOn={useCardsById(ids)} />;
}

function CardMetaLine({ card, drawsOn }: { card: Card; drawsOn: Card[] | undefined }) {
  const { participantsById, supports } = useBoardData();
  const requestFocus = useWindowStore((s) => s.requestFocus);
  const who = card.participantId ? participantsById.get(card.participantId) : undefined;
  const supported = supports.get(card.id) ?? [];
  const votes = card.votes ?? 0;
  if (
    !who &&
    !card.fromRoom &&
    votes === 0 &&
    !card.surprising &&
    supported.length === 0 &&
    !drawsOn?.length
  )
    return null;

  const follow = (id: CardId) => requestFocus(id);
  return (
    <div className="card-meta">
      {card.surprising && <span className="card-flag">★ Surprising</span>}
      <FromRoomMark card={card} />
      {who && (
        <span className="card-who" title="Raised by">
          {who.name}
          {who.party ? ` · ${who.party}` : ''}
        </span>
      )}
      {votes > 0 && (
        <span className="card-votes" aria-label={`${votes} ${votes === 1 ? 'vote' : 'votes'}`}>
          <span aria-hidden="true">● {votes}</span>
        </span>
      )}
      {drawsOn && drawsOn.length > 0 && (
        <span className="card-links">
          <span className="card-links-label">Draws on</span>
          {drawsOn.map((source) => (
            <button
              key={source.id}
              type="button"
              className="link-chip"
              aria-label={`Go to linked card: ${source.text}`}
              onClick={() => follow(source.id)}
            >
              {excerpt(source.text)}
            </button>
          ))}
        </span>
      )}
      {supported.length > 0 && (
        <span className="card-links">
          <span className="card-links-label">Supports</span>
          {supported.map((conclusion) => (
            <button
              key={conclusion.id}
              type="button"
              className="link-chip link-chip-conclusion"
              aria-label={`Go to conclusion: ${conclusion.text}`}
              onClick={() => follow(conclusion.id)}
            >
              {excerpt(conclusion.text)}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
