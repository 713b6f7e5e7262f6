import { parseBackup, type ParseResult } from './backup/parseBackup';
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
  | { kind: 'parseBackup'; text: string; byteLength: number };

export type ExportJobResult =
  | { kind: 'document'; data: string | Uint8Array<ArrayBuffer> }
  | { kind: 'parseBackup'; result: ParseResult };

export async function runExportJob(job: ExportJob): Promise<ExportJobResult> {
  if (job.kind === 'parseBackup')
    return { kind: 'parseBackup', result: parseBackup(job.text, job.byteLength) };
  const writeUps = job.sessions.map((s) => buildWriteUp(s, job.options));
  const doc = job.pack
    ? packDocument(writeUps, { name: job.pack.name, generatedAt: job.options.generatedAt })
    : writeUpDocument(writeUps[0]!);
  const data =
    job.format === 'markdown'
      ? toMarkdown(doc)
      : job.format === 'html'
        ? toHtml(doc)
        : await toDocx(doc);
  return { kind: 'document', data };
}
