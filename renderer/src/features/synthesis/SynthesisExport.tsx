import type { SessionData } from '#shared/export/writeUp';

import {
  EXPORT_FORMATS,
  ExportMenu,
  runJob,
  useDeliverExport,
  useExportOption,
  type ExportFormat,
} from '../export';

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'markdown', 'html'];

interface Props {
  name: string;
  sessions: readonly SessionData[];
  apart: readonly string[];
}

/** The synthesis's own Export: Word, PDF, Markdown and HTML, rendered in the export worker. */
export function SynthesisExport({ name, sessions, apart }: Props) {
  const [anonymise, anonymiseOption] = useExportOption('Anonymise participants');
  const [includeBalance, balanceOption] = useExportOption('Include the balance of voices');
  const { deliver, busy } = useDeliverExport();
  const choose = (format: ExportFormat) => {
    const source = EXPORT_FORMATS[format].source;
    // The synthesis menu offers documents only (FORMATS); no backup or calendar from here.
    if (source === 'backup' || source === 'calendar') return;
    void deliver(
      format,
      async ({ step }) => {
        step(`Writing the ${EXPORT_FORMATS[format].label} file`, 0, null);
        const result = await runJob({
          kind: 'synthesis',
          format: source,
          sessions: [...sessions],
          name,
          options: {
            anonymise,
            includePrivateNotes: false,
            includeBalance,
            apart: [...apart],
            generatedAt: Date.now(),
          },
        });
        if (result.kind !== 'document')
          throw new Error('The export worker answered the wrong job.');
        return { data: result.data, title: `${name} — synthesis` };
      },
      `parley:export:synthesis:${format}`,
    );
  };
  return (
    <ExportMenu
      label="Export"
      heading="Export the synthesis"
      formats={FORMATS}
      busy={busy}
      options={[anonymiseOption, balanceOption]}
      onChoose={choose}
    />
  );
}
