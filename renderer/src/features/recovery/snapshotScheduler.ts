import type { ParleyApi } from '#shared/ipc/contract';
import { SNAPSHOT_INTERVAL_MS, type SnapshotRecord } from '#shared/recovery/snapshot';

import type { CommandRunner } from '../../commands/commandRunner';
import { takeSnapshot } from '../../commands/snapshotCommands';
import { copySnapshotToDisk } from '../../platform/snapshotFiles';

export interface SchedulerDeps {
  commands: CommandRunner;
  bridge: Pick<ParleyApi, 'writeSnapshotFile'>;
  /** Told about failures, which must reach the facilitator rather than a console. */
  onError(message: string): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/**
 * Takes a snapshot every SNAPSHOT_INTERVAL_MS when the data changed since the last one, in
 * IndexedDB and (in Electron) as a JSON file in the user-data folder.
 */
export class SnapshotScheduler {
  private handle: unknown = null;
  private running = false;

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (this.handle !== null) return;
    this.handle = this.deps.setInterval(() => void this.tick(), SNAPSHOT_INTERVAL_MS);
  }

  stop(): void {
    if (this.handle !== null) this.deps.clearInterval(this.handle);
    this.handle = null;
  }

  /** One round; overlapping rounds (a slow disk) are skipped rather than queued. */
  async tick(): Promise<SnapshotRecord | null> {
    if (this.running) return null;
    this.running = true;
    try {
      const record = await this.deps.commands.run(takeSnapshot, {
        reason: 'auto',
        onlyIfChanged: true,
      });
      if (record) await copySnapshotToDisk(this.deps.bridge, record);
      return record;
    } catch (error) {
      this.deps.onError(
        `Automatic recovery snapshot failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    } finally {
      this.running = false;
    }
  }
}
