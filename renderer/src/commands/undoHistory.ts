import type { RowDiff } from './diff';

export interface UndoEntry {
  label: string;
  diffs: readonly RowDiff[];
}

/**
 * Undo and redo stacks owned by one command runner (one per window), not module state, so two
 * windows or two tests never share a history.
 */
export class UndoHistory {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly capacity = 200) {}

  record(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.capacity) this.done.shift();
    this.undone = [];
    this.changed();
  }

  peekUndo(): UndoEntry | undefined {
    return this.done.at(-1);
  }

  peekRedo(): UndoEntry | undefined {
    return this.undone.at(-1);
  }

  /** Moves the newest entry to the redo stack once its rows have been restored. */
  markUndone(): void {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
    this.changed();
  }

  markRedone(): void {
    const entry = this.undone.pop();
    if (entry) this.done.push(entry);
    this.changed();
  }

  /** Forgets the newest undo (or redo) entry: its rows were changed since and cannot go back. */
  drop(stack: 'undo' | 'redo'): void {
    if (stack === 'undo') this.done.pop();
    else this.undone.pop();
    this.changed();
  }

  /** Forgets both stacks: after a restore, old diffs describe rows that no longer exist. */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever the stacks do (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
