import { referenceProblem } from './references';
import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_MAX_DEPTH,
  BACKUP_VERSION,
} from './schema';
import { BACKUP_TABLE_NAMES, VOTE_BUDGET_KEY } from './tableSchemas';

/** `leftOut` says, in sentences for the notice, what an older file held that was not taken. */
export type ParseResult =
  { ok: true; backup: Backup; leftOut: string[] } | { ok: false; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const refuse = (message: string): ParseResult => ({
  ok: false,
  message: `Not imported: ${message} Nothing was changed.`,
});

function pathText(path: readonly (string | number | symbol)[]): string {
  return (
    path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('') || 'the file'
  );
}

/**
 * Walks the parsed value once, iteratively (a hostile file must not be able to overflow our
 * stack), refusing keys that could reach Object.prototype if some later code merged the rows,
 * nesting far beyond the format, and control characters that never come from typing. The walk
 * keeps no paths (10,000 cards are 100,000 values); only when it finds a problem does a second,
 * path-keeping walk find where, for the message.
 */
function guard(root: unknown): string | null {
  return isClean(root) ? null : firstProblem(root, true);
}

/** The fast walk: no paths, no messages, nothing allocated per value but the stacks. */
function isClean(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (depth > BACKUP_MAX_DEPTH) return false;
    if (typeof value === 'string') {
      if (CONTROL.test(value)) return false;
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        values.push(value[i]);
        depths.push(depth + 1);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (FORBIDDEN_KEYS.has(key) || CONTROL.test(key)) return false;
        values.push((value as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

function firstProblem(root: unknown, withPath: boolean): string | null {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  const paths: (string | number)[][] = [[]];
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    const path = withPath ? paths.pop()! : [];
    const at = () => (withPath ? pathText(path) : '');
    if (depth > BACKUP_MAX_DEPTH)
      return `the file is nested more than ${BACKUP_MAX_DEPTH} levels deep at ${withPath ? pathText(path.slice(0, 6)) : ''}…; a Parley backup never is.`;
    if (typeof value === 'string') {
      if (CONTROL.test(value))
        return `${at()} contains control characters, which Parley never writes; the file was changed by hand or damaged.`;
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        values.push(value[i]);
        depths.push(depth + 1);
        if (withPath) paths.push([...path, i]);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key))
          return `${at()} has a field named "${key}", which a backup may not contain.`;
        if (CONTROL.test(key)) return `${at()} has a field name with control characters.`;
        values.push((value as Record<string, unknown>)[key]);
        depths.push(depth + 1);
        if (withPath) paths.push([...path, key]);
      }
    }
  }
  return null;
}

/** What `tables` may name, said in words before zod says "Unrecognized key". */
function checkTableNames(value: unknown): string | null {
  const tables = (value as { tables?: unknown }).tables;
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) return null;
  for (const [name, rows] of Object.entries(tables)) {
    if (name === 'snapshots' && Array.isArray(rows) && rows.length > 0)
      return 'it holds recovery snapshots, which belong to the computer that took them and never travel in a backup.';
    if (name !== 'snapshots' && !(BACKUP_TABLE_NAMES as string[]).includes(name))
      return `it holds a table (“${name.slice(0, 40)}”) this version of Parley does not have; it was made by a newer Parley.`;
  }
  return null;
}

function checkHeader(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'this file is JSON, but not a Parley backup.';
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT)
    return 'this file is JSON, but not a Parley backup (it has no "format": "parley-backup").';
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return `this backup was made by a newer Parley (format version ${version}); this Parley reads version ${BACKUP_VERSION}. Update Parley, then import it.`;
  }
  if (version !== BACKUP_VERSION)
    return `the backup’s format version (${JSON.stringify(version) ?? 'missing'}) is not one Parley knows.`;
  return null;
}

/**
 * Parley before format checks wrote every app-wide setting (the chime, other sessions' dot
 * budgets) into an away day's backup. Those belong to the laptop that made the file, so they are
 * left out — said in the notice — rather than the whole file refused. Only a session's own dot
 * budget travels (docs/backup-format.md, "Settings").
 */
function dropForeignSettings(value: unknown): string[] {
  const tables = (value as { tables?: Record<string, unknown> }).tables;
  const rows = tables?.settings;
  const sessions = tables?.sessions;
  if (!tables || !Array.isArray(rows) || !Array.isArray(sessions)) return [];
  const ids = new Set(sessions.map((s) => (s as { id?: unknown } | null)?.id));
  const own = (row: unknown) => {
    const key = (row as { key?: unknown } | null)?.key;
    const sessionId = typeof key === 'string' ? VOTE_BUDGET_KEY.exec(key)?.[1] : undefined;
    return sessionId !== undefined && ids.has(sessionId);
  };
  const kept = rows.filter(own);
  const dropped = rows.length - kept.length;
  if (dropped === 0) return [];
  tables.settings = kept;
  return [
    dropped === 1
      ? 'One setting of the laptop that made the file (such as its chime or another session’s dot budget) was left out; this laptop keeps its own.'
      : `${dropped} settings of the laptop that made the file (such as its chime or other sessions’ dot budgets) were left out; this laptop keeps its own.`,
  ];
}

/** The scope names exactly the sessions of the file; then every row's links (references.ts). */
function checkReferences(backup: Backup): string | null {
  const sessionIds = new Set(backup.tables.sessions.map((s) => s.id));
  const scope = new Set(backup.scope.sessionIds);
  for (const id of scope)
    if (!sessionIds.has(id))
      return `the session ${id} named in its scope is missing from the file.`;
  for (const s of backup.tables.sessions)
    if (!scope.has(s.id))
      return `the session “${s.title.slice(0, 40)}” is not named in the file’s scope.`;
  return referenceProblem(backup.tables);
}

/**
 * Reads a backup file's text. Never throws: every way a file can be wrong comes back as a
 * message a facilitator can act on. Checks run cheapest first, and nothing is written here.
 */
export function parseBackup(text: string, byteLength: number): ParseResult {
  if (byteLength > BACKUP_MAX_BYTES)
    return refuse(
      `the file is ${megabytes(byteLength)}; backups up to ${megabytes(BACKUP_MAX_BYTES)} can be imported.`,
    );
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) return refuse('the file is empty.');
  if (trimmed[0] !== '{')
    return refuse(
      'this is not a Parley backup (it is not a JSON file). Choose the .json file Parley saved.',
    );
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    if (error instanceof RangeError) return refuse(`the file is nested too deeply to read.`);
    const reason = error instanceof Error ? error.message : '';
    // Engines word it differently; an error at the very last character means the file stops early.
    const position = Number(/position (\d+)/.exec(reason)?.[1] ?? -1);
    return /end of (JSON|data)|Unterminated|unexpected end/i.test(reason) ||
      position >= trimmed.length
      ? refuse(
          'the file ends too early — it was probably cut off while being copied. Copy it again from the laptop that made it.',
        )
      : refuse('the file is damaged (it is not valid JSON).');
  }
  const problem = guard(value) ?? checkHeader(value) ?? checkTableNames(value);
  if (problem) return refuse(problem);
  const leftOut = dropForeignSettings(value);
  const parsed = Backup.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${pathText(i.path)}: ${i.message}`);
    return refuse(
      `the file does not have the shape of a Parley backup (${issues.join('; ')}${parsed.error.issues.length > 3 ? '; …' : ''}).`,
    );
  }
  const broken = checkReferences(parsed.data);
  return broken ? refuse(broken) : { ok: true, backup: parsed.data, leftOut };
}
