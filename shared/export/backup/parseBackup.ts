import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_MAX_DEPTH,
  BACKUP_VERSION,
  type BackupRow,
} from './schema';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

/** The tables this build has, and each one's primary key, so rows can be checked before import. */
export type TablePrimaryKeys = Readonly<Record<string, string>>;

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
  return firstProblem(root, false) === null ? null : firstProblem(root, true);
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

/** Links between rows that the schema cannot express: a card must belong to a session in the file. */
function checkReferences(backup: Backup, tables: TablePrimaryKeys): string | null {
  const sessionIds = new Set(backup.tables.sessions.map((s) => s.id));
  const propositionIds = new Set(backup.tables.propositions.map((p) => p.id));
  for (const id of backup.scope.sessionIds)
    if (!sessionIds.has(id))
      return `the session ${id} named in its scope is missing from the file.`;
  for (const s of backup.tables.sessions)
    if (!propositionIds.has(s.activePropositionId))
      return `the session “${s.title}” has no proposition in the file.`;
  for (const p of backup.tables.propositions)
    if (!sessionIds.has(p.sessionId))
      return `a proposition belongs to a session that is not in the file.`;
  for (const c of backup.tables.cards) {
    if (!sessionIds.has(c.sessionId) || !propositionIds.has(c.propositionId))
      return `the card “${c.text.slice(0, 40)}” belongs to a session or proposition that is not in the file.`;
  }
  for (const [name, rows] of Object.entries(backup.tables)) {
    const primKey = tables[name];
    if (primKey === undefined)
      return `it holds a table (“${name}”) this version of Parley does not have; it was made by a newer Parley.`;
    const seen = new Set<unknown>();
    for (const row of rows as BackupRow[]) {
      const key = row[primKey];
      if (typeof key !== 'string' || key.length === 0)
        return `a row of “${name}” has no ${primKey}.`;
      if (seen.has(key)) return `“${name}” holds the row ${key} twice.`;
      seen.add(key);
    }
  }
  return null;
}

/**
 * Reads a backup file's text. Never throws: every way a file can be wrong comes back as a
 * message a facilitator can act on. Checks run cheapest first, and nothing is written here.
 */
export function parseBackup(
  text: string,
  byteLength: number,
  tables: TablePrimaryKeys,
): ParseResult {
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
  const problem = guard(value) ?? checkHeader(value);
  if (problem) return refuse(problem);
  const parsed = Backup.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${pathText(i.path)}: ${i.message}`);
    return refuse(
      `the file does not have the shape of a Parley backup (${issues.join('; ')}${parsed.error.issues.length > 3 ? '; …' : ''}).`,
    );
  }
  const broken = checkReferences(parsed.data, tables);
  return broken ? refuse(broken) : { ok: true, backup: parsed.data };
}
