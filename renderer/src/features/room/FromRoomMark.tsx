import type { Card } from '#shared/domain/types';

/** "From the room" on a card a phone sent, with the name and party the stage let it give. */
export function FromRoomMark({ card }: { card: Pick<Card, 'fromRoom'> }) {
  const from = card.fromRoom;
  if (!from) return null;
  const who = [from.name, from.party].filter(Boolean).join(' · ');
  return (
    <span className="card-from-room">
      <span aria-hidden="true">📱 </span>From the room{who ? `: ${who}` : ''}
    </span>
  );
}
