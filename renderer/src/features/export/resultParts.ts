import type { ExportJobResult } from '#shared/export/exportJob';

/**
 * A parsed 10,000-card backup handed back from the worker in one message is unpacked (structured
 * clone) on the UI thread in one go: about 200 ms on a loaded laptop. The worker sends its rows
 * in parts instead, each unpacked in its own task, then the result without them; the client puts
 * them back (docs/architecture.md, "Long work").
 */
const ROWS_PER_PART = 250;

export interface RowsPart {
  table: string;
  rows: unknown[];
}

type Tables = Record<string, unknown[] | undefined>;

function tablesOf(result: ExportJobResult): Tables | null {
  return result.kind === 'parseBackup' && result.result.ok
    ? (result.result.backup.tables as Tables)
    : null;
}

/** Takes the rows out of a result (which keeps its tables, empty) and cuts them into parts. */
export function takeRows(result: ExportJobResult): RowsPart[] {
  const tables = tablesOf(result);
  if (!tables) return [];
  const parts: RowsPart[] = [];
  for (const [table, rows] of Object.entries(tables)) {
    if (!rows?.length) continue;
    for (let at = 0; at < rows.length; at += ROWS_PER_PART)
      parts.push({ table, rows: rows.slice(at, at + ROWS_PER_PART) });
    tables[table] = [];
  }
  return parts;
}

/** Puts the parts' rows back into the result they were taken from, in their order. */
export function putRowsBack(result: ExportJobResult, parts: readonly RowsPart[]): ExportJobResult {
  const tables = tablesOf(result);
  if (tables)
    for (const { table, rows } of parts) {
      const into = tables[table];
      if (into) for (const row of rows) into.push(row);
    }
  return result;
}
