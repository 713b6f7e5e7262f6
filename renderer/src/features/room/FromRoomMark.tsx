import type { Card } from '#shared/domain/types';

/**
 * A phone, drawn: the phone emoji showed as an empty box on a laptop without an emoji font (and on
 * the projector from it), on every card the room sent.
 */
function PhoneIcon() {
  return (
    <svg
      className="from-room-icon"
      viewBox="0 0 10 16"
      width="0.6em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="1"
        y="1"
        width="8"
        height="14"
        rx="1.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <circle cx="5" cy="12.2" r="1" fill="currentColor" />
    </svg>
  );
}

/** "From the room" on a card a phone sent, with the name and party the stage let it give. */
export function FromRoomMark({ card }: { card: Pick<Card, 'fromRoom'> }) {
  const from = card.fromRoom;
  if (!from) return null;
  const who = [from.name, from.party].filter(Boolean).join(' · ');
  return (
    <span className="card-from-room">
      <PhoneIcon />
      From the room{who ? `: ${who}` : ''}
    </span>
  );
}
