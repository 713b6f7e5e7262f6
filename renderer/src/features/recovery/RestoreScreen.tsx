import { useState } from 'react';

import { SNAPSHOT_INTERVAL_MS, SNAPSHOT_KEEP } from '#shared/recovery/snapshot';

import { restoreSnapshot, takeSnapshot } from '../../commands/snapshotCommands';
import { useRunCommand } from '../../commands/useCommands';
import { isReadFailure } from '../../db/readOrFailure';
import { parley } from '../../platform/bridge';
import { copySnapshotToDisk } from '../../platform/snapshotFiles';
import { FieldError } from '../../ui/FieldError';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { navigate } from '../../ui/useHashRoute';
import { useWindowStore } from '../../ui/windowStore';
import { formatSnapshotTime } from './describeSnapshot';
import { SnapshotFolderNote } from './SnapshotFolderNote';
import { SnapshotItem } from './SnapshotItem';
import { useSnapshotList } from './useSnapshotList';

/** The Restore screen: the rolling snapshots, newest first, each restorable after a confirmation. */
export function RestoreScreen() {
  const snapshots = useSnapshotList();
  const run = useRunCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function snapshotNow() {
    setBusy(true);
    const outcome = await run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    if (outcome.value) await copyOrWarn(outcome.value);
    showNotice({ tone: 'info', message: 'Snapshot taken.' });
  }

  async function copyOrWarn(record: Parameters<typeof copySnapshotToDisk>[1]) {
    try {
      await copySnapshotToDisk(parley, record);
    } catch (e) {
      showNotice({
        tone: 'error',
        message: e instanceof Error ? e.message : 'The snapshot could not be copied to disk.',
      });
    }
  }

  async function restore(snapshotId: string, takenAt: number) {
    setBusy(true);
    const outcome = await run(restoreSnapshot, { snapshotId });
    setBusy(false);
    setConfirming(null);
    if (!outcome.ok) return setError(outcome.message);
    await copyOrWarn(outcome.value.safetySnapshot);
    showNotice({
      tone: 'info',
      message: `Restored the snapshot from ${formatSnapshotTime(takenAt)}. What you had before is the newest snapshot.`,
    });
    navigate({ name: 'home' });
  }

  return (
    <div className="restore-screen">
      <ScreenHeader
        back={{ to: { name: 'home' }, label: '← All sessions' }}
        title="Restore from a snapshot"
      >
        <div className="board-toolbar">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void snapshotNow()}
          >
            Take a snapshot now
          </button>
        </div>
      </ScreenHeader>
      <main className="restore-main">
        <p className="hint">
          Parley keeps a snapshot of all your sessions every {SNAPSHOT_INTERVAL_MS / 60_000} minutes
          while you work, and keeps the last {SNAPSHOT_KEEP}. Restoring replaces everything with the
          snapshot; what you have now is kept as a snapshot first.
        </p>
        <SnapshotFolderNote />
        <FieldError message={error} />
        {snapshots === undefined ? (
          <p className="hint" role="status">
            Reading snapshots…
          </p>
        ) : isReadFailure(snapshots) ? (
          <ReadFailedPanel what="the snapshots" detail={snapshots.message} offerRestore={false} />
        ) : snapshots.length === 0 ? (
          <div className="empty-state">
            <p>No snapshots yet.</p>
            <p className="hint">
              The first one is taken five minutes after you start working, or now with Take a
              snapshot now.
            </p>
          </div>
        ) : (
          <ul className="snapshot-list" aria-label="Snapshots">
            {snapshots.map((s) => (
              <SnapshotItem
                key={s.id}
                snapshot={s}
                confirming={confirming === s.id}
                busy={busy}
                onAsk={() => setConfirming(s.id)}
                onCancel={() => setConfirming(null)}
                onConfirm={() => void restore(s.id, s.takenAt)}
              />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
