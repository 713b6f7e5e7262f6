import { useEffect } from 'react';
import { useServices } from '../../app/AppContext';
import { parley } from '../../platform/bridge';
import { useUiStore } from '../../ui/uiStore';
import { SnapshotScheduler } from './snapshotScheduler';

/** Runs the rolling snapshots for as long as the facilitator window is open. */
export function useSnapshotSchedule(): void {
  const { commands } = useServices();
  const showNotice = useUiStore((s) => s.showNotice);
  useEffect(() => {
    const scheduler = new SnapshotScheduler({
      commands,
      bridge: parley,
      onError: (message) => showNotice({ tone: 'error', message }),
      setInterval: (fn, ms) => window.setInterval(fn, ms),
      clearInterval: (handle) => window.clearInterval(handle as number),
    });
    scheduler.start();
    return () => scheduler.stop();
  }, [commands, showNotice]);
}
