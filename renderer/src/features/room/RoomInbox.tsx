import type { SessionId } from '#shared/domain/ids';
import { LANES } from '#shared/domain/lanes';

import { useRunCommand } from '../../commands/useCommands';
import {
  approveRoomPoints,
  discardRoomPoints,
  revealRoomPoints,
} from './commands/roomPointCommands';
import { useRoomPoints } from './useRoomView';

/**
 * Points from phones that are not on the board yet: the review-first inbox (Approve, Discard,
 * Approve all) and the silent pile (Reveal). Each action is a command, undone with Ctrl+Z.
 */
export function RoomInbox({
  sessionId,
  onError,
}: {
  sessionId: SessionId;
  onError(message: string | null): void;
}) {
  const run = useRunCommand();
  const waiting = useRoomPoints(sessionId, 'waiting') ?? [];
  const held = useRoomPoints(sessionId, 'held') ?? [];

  async function act(outcome: Promise<{ ok: boolean; message?: string }>) {
    const result = await outcome;
    onError(result.ok ? null : (result.message ?? null));
  }

  return (
    <>
      {held.length > 0 && (
        <div className="room-silent" role="group" aria-label="Held for the reveal">
          <p role="status">
            {held.length} {held.length === 1 ? 'point is' : 'points are'} held for the reveal.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void act(run(revealRoomPoints, { sessionId }))}
          >
            Reveal
          </button>
        </div>
      )}
      {waiting.length > 0 && (
        <section className="room-inbox" aria-label="From the room">
          <div className="room-inbox-head">
            <h3>From the room ({waiting.length})</h3>
            <button
              type="button"
              className="button"
              onClick={() => void act(run(approveRoomPoints, { ids: waiting.map((p) => p.id) }))}
            >
              Approve all
            </button>
          </div>
          <ul>
            {waiting.map((point) => (
              <li key={point.id} className="room-inbox-item">
                <p className="room-inbox-text">{point.text}</p>
                <p className="room-inbox-meta">
                  {LANES[point.lane].label}
                  {point.name ? ` · ${point.name}` : ''}
                  {point.party ? ` (${point.party})` : ''}
                </p>
                <div className="room-inbox-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void act(run(approveRoomPoints, { ids: [point.id] }))}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void act(run(discardRoomPoints, { ids: [point.id] }))}
                  >
                    Discard
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
