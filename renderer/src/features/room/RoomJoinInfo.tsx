import type { RoomStatus } from '#shared/room/protocol';

import { QrCodeImage } from './QrCodeImage';

export function phoneCountText(status: RoomStatus): string {
  const connected = status.phones.filter((p) => p.connected).length;
  return `${connected} ${connected === 1 ? 'phone' : 'phones'} connected`;
}

/** The QR code, join address and code: the same on the facilitator's board and the room view. */
export function RoomJoinInfo({ status, qrSize }: { status: RoomStatus; qrSize: number }) {
  const [first] = status.joinUrls;
  if (!first) return null;
  return (
    <div className="room-join">
      <QrCodeImage url={first} size={qrSize} />
      <div className="room-join-text">
        <p className="room-join-line">
          Scan the code, or open{' '}
          <a href={first} aria-label="Join address" target="_blank" rel="noreferrer noopener">
            {first.replace(/\/\?code=.*$/, '')}
          </a>
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
