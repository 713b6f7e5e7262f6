import type { SnapshotMeta } from '#shared/recovery/snapshot';

import { describeCounts, formatSnapshotTime, reasonLabel } from './describeSnapshot';

interface Props {
  snapshot: SnapshotMeta;
  confirming: boolean;
  busy: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
}

/** One snapshot: when, why, how much — and a restore that asks before it replaces anything. */
export function SnapshotItem({ snapshot, confirming, busy, onAsk, onConfirm, onCancel }: Props) {
  const when = formatSnapshotTime(snapshot.takenAt);
  return (
    <li className={`snapshot-item${confirming ? ' snapshot-confirming' : ''}`}>
      <div className="snapshot-facts">
        <time className="snapshot-time" dateTime={new Date(snapshot.takenAt).toISOString()}>
          {when}
        </time>
        <span className="snapshot-reason">{reasonLabel(snapshot.reason)}</span>
        <span className="snapshot-counts">{describeCounts(snapshot.counts)}</span>
      </div>
      {confirming ? (
        <div
          className="snapshot-confirm"
          role="group"
          aria-label={`Confirm restoring the snapshot from ${when}`}
        >
          <p>
            Replace everything in Parley with this snapshot? What you have now is saved as a
            snapshot first, so you can come back to it.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={onConfirm}
              autoFocus
            >
              Replace with this snapshot
            </button>
            <button type="button" className="button" disabled={busy} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={`Restore the snapshot from ${when}`}
          onClick={onAsk}
        >
          Restore…
        </button>
      )}
    </li>
  );
}
