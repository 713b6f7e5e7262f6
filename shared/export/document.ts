import type { Chart } from '../charts/chart';

// The format-free document every exporter renders (docs/architecture.md, "Exports"). Semantic
// builders (session write-up, agreement draft, away-day pack) lay themselves out as these few
// blocks, so a new section added by another feature needs no change in any renderer.

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'lead' | 'muted' | 'callout' }
  | { type: 'list'; items: ListItem[]; ordered?: boolean }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'clause'; number: string; text: string; status?: string; notes?: string[] }
  /**
   * A picture with its numbers: SVG in HTML and PDF, a PNG in Word (drawn by the export worker,
   * when it can) and always the table, for screen readers and Markdown.
   */
  | { type: 'chart'; chart: Chart; png?: Uint8Array }
  /** Starts a new page in paged formats (PDF, Word); a rule in Markdown. */
  | { type: 'pageBreak' };

export interface ListItem {
  text: string;
  /** Small facts shown after the text: kind, who said it, votes. */
  meta?: string[];
  /** A flag the reader must not miss, e.g. "Surprising". */
  badge?: string;
}

export interface TitlePage {
  title: string;
  subtitle?: string;
  /** Label/value lines under the title: workshop, date, venue, generated at. */
  facts: { label: string; value: string }[];
}

export interface ExportDocument {
  titlePage: TitlePage;
  blocks: Block[];
}

/** Formats an epoch time for documents in a fixed zone, so the same session exports identically anywhere. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
