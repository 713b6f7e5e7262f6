import { DatabaseConnectionNotice } from './DatabaseConnectionNotice';
import { useSnapshotSchedule } from './useSnapshotSchedule';

/**
 * Recovery's part of the facilitator's window: rolling snapshots while it is open, and a notice
 * when another window upgraded the database under it.
 */
export function RecoveryWatch() {
  useSnapshotSchedule();
  return <DatabaseConnectionNotice />;
}
