import type { ParleyDb, TableName } from '../db/database';
import type { TxWriter } from './diff';

export interface CommandContext {
  db: ParleyDb;
  now(): number;
}

/**
 * A command is data (Excalidraw's "actions"): a name to run it by, the tables its transaction
 * needs, whether it enters the undo history, and the work itself, which writes only through
 * the TxWriter so that its undo entry is recorded.
 */
export interface Command<I, O> {
  readonly name: string;
  readonly label: string;
  readonly tables: readonly TableName[];
  readonly undoable: boolean;
  /**
   * Set by commands that replace rows wholesale (import, restore): afterwards the undo history of
   * every window describes rows that are gone, so each window forgets it (commandRunner.ts).
   */
  readonly clearsHistory?: boolean;
  /**
   * Makes something new (a session, a version, a template…). The same input again within
   * DOUBLE_ACTIVATION_MS is taken as one activation — a double click, a bounced key, a second
   * Enter — and answered with the first result instead of making an identical twin.
   */
  readonly creates?: boolean;
  run(input: I, writer: TxWriter, ctx: CommandContext): Promise<O>;
}

export function defineCommand<I, O>(command: Command<I, O>): Command<I, O> {
  return command;
}
