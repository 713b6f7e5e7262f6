import { announceAfterPaint } from '../db/announceAfterPaint';
import type { ParleyDb } from '../db/database';
import { transactionView } from '../db/transactionView';
import type { Command, CommandContext } from './command';
import { CommandError, toCommandError } from './commandError';
import { applyDiffs, restoreDiffs, tablesOf, TxWriter, type RowDiff } from './diff';
import { UndoHistory } from './undoHistory';

/** Tables every command may touch besides its own: sessions, for "last edited". */
const ALWAYS = ['sessions'] as const;

/** Longer than any double click or key bounce, shorter than a deliberate second go. */
export const DOUBLE_ACTIVATION_MS = 1000;

/**
 * How windows tell each other "forget your undo history" (a BroadcastChannel in the app; every
 * facilitator window of the same origin hears it, the sender does not).
 */
export interface HistoryChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
export const HISTORY_CHANNEL_NAME = 'parley-undo-history';
const CLEARED = 'history-cleared';

/**
 * Hears each command's rows right after its transaction has committed (never before: a row seen
 * here is a row saved). The board draws the cards a command has just created from these, in the
 * frame after the commit, without waiting for its lanes to read them back (docs/architecture.md,
 * "Data flow").
 */
export type CommitListener = (diffs: readonly RowDiff[]) => void;

/**
 * Whether a listener draws (some of) these rows itself. If any listener does, the commit is
 * announced to the window's live queries only after the window has drawn it
 * (db/announceAfterPaint.ts): their reads would only confirm what is already on screen.
 */
export type DrawsRows = (diffs: readonly RowDiff[]) => boolean;

/**
 * Runs commands, each in one read-write transaction, and keeps the window's undo history.
 * Every write in the app goes through `run`; errors come back as CommandError with a message
 * fit to show, and a failed transaction leaves the database as it was.
 */
export class CommandRunner {
  readonly history = new UndoHistory();
  private readonly ctx: CommandContext;
  /** While runGroup is running, undoable diffs collect here and become one undo entry at the end. */
  private openGroup: { label: string; diffs: RowDiff[] } | null = null;
  /** The last creating command run: a repeat of it within DOUBLE_ACTIVATION_MS gets its result. */
  private lastCreate: { key: string; at: number; result: Promise<unknown> } | null = null;
  private readonly commitListeners = new Set<CommitListener>();
  private readonly drawers = new Set<DrawsRows>();

  constructor(
    readonly db: ParleyDb,
    now: () => number = Date.now,
    private readonly channel?: HistoryChannel,
  ) {
    this.ctx = { db, now };
    channel?.addEventListener('message', (event) => {
      if (event.data === CLEARED) this.history.clear();
    });
  }

  /**
   * Runs a command. A creating command (`creates`) given the same input as the one just run,
   * with nothing else run in between, is not run again within DOUBLE_ACTIVATION_MS: every
   * button, key and menu item that creates is guarded here, once, rather than each keeping its
   * own "busy" flag. Anything done in between makes the repeat deliberate.
   */
  run<I, O>(command: Command<I, O>, input: I): Promise<O> {
    if (!command.creates) {
      this.lastCreate = null;
      return this.runOnce(command, input);
    }
    const key = `${command.name}:${JSON.stringify(input ?? null)}`;
    const at = this.ctx.now();
    const last = this.lastCreate;
    if (last && last.key === key && at - last.at < DOUBLE_ACTIVATION_MS)
      return last.result as Promise<O>;
    const result = this.runOnce(command, input);
    this.lastCreate = { key, at, result };
    // A refusal is not a creation: trying again straight away must run again.
    result.catch(() => {
      if (this.lastCreate?.result === result) this.lastCreate = null;
    });
    return result;
  }

  /**
   * Calls `listener` after every command that committed; returns how to stop. `draws` says which
   * commits the listener draws on its own, from their rows (see DrawsRows).
   */
  onCommit(listener: CommitListener, draws?: DrawsRows): () => void {
    this.commitListeners.add(listener);
    if (draws) this.drawers.add(draws);
    return () => {
      this.commitListeners.delete(listener);
      if (draws) this.drawers.delete(draws);
    };
  }

  private drawnByListener(diffs: readonly RowDiff[]): boolean {
    for (const draws of this.drawers) if (draws(diffs)) return true;
    return false;
  }

  private tellCommitted(diffs: readonly RowDiff[]): void {
    for (const listener of this.commitListeners) {
      // The command has committed: a listener's fault must not turn it into a reported failure.
      try {
        listener(diffs);
      } catch (error) {
        console.error('A commit listener failed', error);
      }
    }
  }

  private async runOnce<I, O>(command: Command<I, O>, input: I): Promise<O> {
    const tables = [...new Set([...command.tables, ...ALWAYS])];
    let diffs: readonly RowDiff[] = [];
    let output: O;
    try {
      output = await this.db.transaction('rw', tables, async (tx) => {
        const db = transactionView(this.db, tx);
        const writer = new TxWriter(db);
        const result = await command.run(input, writer, { ...this.ctx, db });
        diffs = writer.diffs;
        if (this.drawnByListener(diffs)) announceAfterPaint(tx.idbtrans);
        return result;
      });
    } catch (error) {
      throw toCommandError(error);
    }
    // Synchronously after the commit, before anything else can write (see CommitListener).
    if (diffs.length > 0) this.tellCommitted(diffs);
    if (command.clearsHistory) {
      this.history.clear();
      this.channel?.postMessage(CLEARED);
    } else if (command.undoable && diffs.length > 0) {
      if (this.openGroup) this.openGroup.diffs.push(...diffs);
      else this.history.record({ label: command.label, diffs });
    }
    return output;
  }

  /**
   * Runs several commands as one user action, so one Ctrl+Z undoes all of them (e.g. "delete the
   * five selected cards"). If any fails, those already done are rolled back before the error is
   * rethrown: the user sees all or nothing. A nested group simply joins the outer one.
   */
  async runGroup<T>(label: string, work: () => Promise<T>): Promise<T> {
    if (this.openGroup) return work();
    const group = { label, diffs: [] as RowDiff[] };
    this.openGroup = group;
    try {
      const result = await work();
      this.openGroup = null;
      if (group.diffs.length > 0) this.history.record(group);
      return result;
    } catch (error) {
      this.openGroup = null;
      if (group.diffs.length > 0) await this.replay(group.diffs, 'before');
      throw toCommandError(error);
    }
  }

  /**
   * Puts back what the newest undoable command changed. Returns its label, or null if none.
   * If a phone or another window has changed the same thing since, nothing is written, the step
   * is dropped from the history (it can never apply again) and the error says so.
   */
  async undo(): Promise<string | null> {
    return this.step('undo');
  }

  async redo(): Promise<string | null> {
    return this.step('redo');
  }

  private async step(direction: 'undo' | 'redo'): Promise<string | null> {
    const entry = direction === 'undo' ? this.history.peekUndo() : this.history.peekRedo();
    if (!entry) return null;
    const refusal = `Could not ${direction} “${entry.label.toLowerCase()}”: what it changed has been changed since (by a phone or another window). That change is kept; this step is dropped from ${direction === 'undo' ? 'Undo' : 'Redo'}.`;
    try {
      await this.replay(entry.diffs, direction === 'undo' ? 'before' : 'after', refusal);
    } catch (error) {
      if (error instanceof CommandError && error.code === 'conflict') this.history.drop(direction);
      throw error;
    }
    if (direction === 'undo') this.history.markUndone();
    else this.history.markRedone();
    return entry.label;
  }

  /** Undo/redo (checked against writes since, `refusal` if one clashes) or a group's rollback. */
  private async replay(
    diffs: readonly RowDiff[],
    side: 'before' | 'after',
    refusal?: string,
  ): Promise<void> {
    try {
      await this.db.transaction('rw', [...new Set([...tablesOf(diffs), ...ALWAYS])], async (tx) => {
        const db = transactionView(this.db, tx);
        if (refusal) await restoreDiffs(db, diffs, side, refusal);
        else await applyDiffs(db, diffs, side);
        await touchSessionsOf(db, diffs, this.ctx.now());
      });
    } catch (error) {
      throw toCommandError(error);
    }
  }
}

/** Undo is an edit too: the sessions it touched move to the top of "last edited". */
async function touchSessionsOf(
  db: ParleyDb,
  diffs: readonly RowDiff[],
  now: number,
): Promise<void> {
  const ids = new Set<string>();
  for (const d of diffs) {
    const row = (d.after ?? d.before) as { sessionId?: string } | undefined;
    if (row?.sessionId) ids.add(row.sessionId);
  }
  for (const id of ids) await db.sessions.update(id as never, { updatedAt: now });
}
