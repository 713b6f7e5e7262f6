import type { RoomStatus } from '#shared/room/protocol';

import { parley } from '../../platform/bridge';

/** The phones that have joined, each with Remove (its token stops working). */
export function RoomPhones({
  status,
  onError,
}: {
  status: RoomStatus;
  onError(message: string | null): void;
}) {
  if (status.phones.length === 0) return null;
  async function remove(phoneId: string) {
    const result = await parley.sendToRoom({ type: 'remove', phoneId });
    onError(result.ok ? null : result.error.message);
  }
  return (
    <details className="room-phone-list">
      <summary>Phones in the room ({status.phones.length})</summary>
      <ul>
        {status.phones.map((phone, index) => {
          const label = phone.name ?? `Phone ${index + 1}`;
          return (
            <li key={phone.id}>
              {label}
              {phone.connected ? '' : ' (away)'}{' '}
              <button
                type="button"
                className="button"
                aria-label={`Remove ${label}`}
                onClick={() => void remove(phone.id)}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
