import { useEffect } from 'react';

import { useServices } from '../../commands/AppServices';
import { parley } from '../../platform/bridge';
import { useWindowStore } from '../../ui/windowStore';
import { SnapshotScheduler } from './snapshotScheduler';
import { storageWarning } from './storageWarning';

/** Runs the rolling snapshots for as long as the facilitator window is open, and warns when storage runs low. */
export function useSnapshotSchedule(): void {
  const { commands } = useServices();
  const showNotice = useWindowStore((s) => s.showNotice);
  useEffect(() => {
    const scheduler = new SnapshotScheduler({
      commands,
      bridge: parley,
      onError: (message) => showNotice({ tone: 'error', message }),
      setInterval: (fn, ms) => window.setInterval(fn, ms),
      clearInterval: (handle) => window.clearInterval(handle as number),
    });
    scheduler.start();
    // Warn while there is still room, rather than only when a save is refused.
    void navigator.storage
      ?.estimate?.()
      .then((estimate) => {
        const warning = storageWarning(estimate);
        if (warning) showNotice({ tone: 'error', message: warning });
      })
      .catch(() => undefined);
    return () => scheduler.stop();
  }, [commands, showNotice]);
}
