import type { DocumentFormat } from '#shared/export/exportJob';

/**
 * What the Export menus offer. The labels are the automation contract (docs/architecture.md,
 * "Accessible names"): keep them exact.
 */
export type ExportFormat = 'markdown' | 'docx' | 'pdf' | 'html' | 'backup';

export interface FormatInfo {
  label: string;
  hint: string;
  extension: string;
  mimeType: string;
  /** The document the format is rendered from (PDF prints the HTML). */
  source: DocumentFormat | 'backup';
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  docx: {
    label: 'Word',
    hint: 'Editable .docx to circulate',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    source: 'docx',
  },
  pdf: {
    label: 'PDF',
    hint: 'Print-ready, page numbers',
    extension: 'pdf',
    mimeType: 'application/pdf',
    source: 'html',
  },
  markdown: {
    label: 'Markdown',
    hint: 'For email, wikis and chat',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    source: 'markdown',
  },
  html: {
    label: 'HTML',
    hint: 'A web page that prints well',
    extension: 'html',
    mimeType: 'text/html;charset=utf-8',
    source: 'html',
  },
  backup: {
    label: 'Backup (JSON)',
    hint: 'A full copy, names and all — never anonymised',
    extension: 'parley.json',
    mimeType: 'application/json',
    source: 'backup',
  },
};

export const FORMAT_ORDER: readonly ExportFormat[] = ['docx', 'pdf', 'markdown', 'html', 'backup'];
