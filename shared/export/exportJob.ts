import type { Chart } from '../charts/chart';
import { buildSynthesis, type SynthesisOptions } from '../synthesis/synthesis';
import { synthesisDocument } from '../synthesis/synthesisLayout';
import { parseBackup, type ParseResult } from './backup/parseBackup';
import type { ExportDocument } from './document';
import { packDocument, writeUpDocument } from './layout';
import { toDocx } from './toDocx';
import { toHtml } from './toHtml';
import { toMarkdown } from './toMarkdown';
import { buildWriteUp, type ExportOptions, type SessionData } from './writeUp';

export type DocumentFormat = 'markdown' | 'html' | 'docx';

/**
 * The heavy work of exporting and importing, as plain data in and out, so it can run in a Web
 * Worker (the UI never freezes on a 2,000-card session) or, where there is no worker, in place.
 */
export type ExportJob =
  | {
      kind: 'document';
      format: DocumentFormat;
      sessions: SessionData[];
      pack: { name: string } | null;
      options: ExportOptions;
    }
  | {
      /** An away day's synthesis (docs/synthesis.md): every group side by side. */
      kind: 'synthesis';
      format: DocumentFormat;
      sessions: SessionData[];
      name: string;
      options: SynthesisOptions;
    }
  | { kind: 'parseBackup'; text: string; byteLength: number };

export type ExportJobResult =
  | { kind: 'document'; data: string | Uint8Array<ArrayBuffer> }
  | { kind: 'parseBackup'; result: ParseResult };

/**
 * Draws a chart as PNG bytes for Word, which shows no SVG. Canvas is a browser API, so the export
 * worker supplies it; without one (unit tests in Node) Word gets each chart's table alone.
 */
export type ChartPainter = (chart: Chart) => Promise<Uint8Array | null>;

function documentOf(job: Exclude<ExportJob, { kind: 'parseBackup' }>): ExportDocument {
  if (job.kind === 'synthesis')
    return synthesisDocument(buildSynthesis(job.sessions, { name: job.name }, job.options));
  const writeUps = job.sessions.map((s) => buildWriteUp(s, job.options));
  return job.pack
    ? packDocument(writeUps, { name: job.pack.name, generatedAt: job.options.generatedAt })
    : writeUpDocument(writeUps[0]!);
}

export async function runExportJob(
  job: ExportJob,
  paint: ChartPainter | null = null,
): Promise<ExportJobResult> {
  if (job.kind === 'parseBackup')
    return { kind: 'parseBackup', result: parseBackup(job.text, job.byteLength) };
  const doc = documentOf(job);
  if (job.format === 'docx' && paint)
    for (const block of doc.blocks)
      if (block.type === 'chart') {
        const png = await paint(block.chart);
        if (png) block.png = png;
      }
  const data =
    job.format === 'markdown'
      ? toMarkdown(doc)
      : job.format === 'html'
        ? toHtml(doc)
        : await toDocx(doc);
  return { kind: 'document', data };
}
