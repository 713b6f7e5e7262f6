import type { RoomStatus } from '#shared/room/protocol';

import { QrCodeImage } from './QrCodeImage';

export function phoneCountText(status: RoomStatus): string {
  const connected = status.phones.filter((p) => p.connected).length;
  return `${connected} ${connected === 1 ? 'phone' : 'phones'} connected`;
}

/** The QR code, join address and code: the same on the facilitator's board and the room view. */
export function RoomJoinInfo({
  status,
  qrSize,
  linked = true,
}: {
  status: RoomStatus;
  qrSize: number;
  /** The room view carries no controls, so there the address is text, not a link. */
  linked?: boolean;
}) {
  const [first] = status.joinUrls;
  if (!first) return null;
  const address = first.replace(/\/\?code=.*$/, '');
  return (
    <div className="room-join">
      <QrCodeImage url={first} size={qrSize} />
      <div className="room-join-text">
        <p className="room-join-line">
          Scan the code, or open{' '}
          {linked ? (
            <a href={first} aria-label="Join address" target="_blank" rel="noreferrer noopener">
              {address}
            </a>
          ) : (
            <strong>{address}</strong>
          )}
        </p>
        <p className="room-join-line">
          Join code <strong className="room-code">{status.joinCode}</strong>
        </p>
        <p className="room-phones" role="status">
          {phoneCountText(status)}
        </p>
      </div>
    </div>
  );
}
