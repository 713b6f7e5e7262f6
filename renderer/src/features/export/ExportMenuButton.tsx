import type { SessionId } from '#shared/domain/ids';

import { FORMAT_ORDER } from './exportFormats';
import { ExportMenu, useExportOption } from './ExportMenu';
import { useExport, type ExportScope } from './useExport';

interface Props {
  sessionId: SessionId;
  scope: ExportScope;
  /** "Export" for the session; the away-day pack has its own button so item names stay unique. */
  label: string;
  heading: string;
}

/** A session's (or its away day's) export menu, with the write-up's options. */
export function ExportMenuButton({ sessionId, scope, label, heading }: Props) {
  const [anonymise, anonymiseOption] = useExportOption('Anonymise participants');
  const [includePrivateNotes, notesOption] = useExportOption('Include private notes');
  const [includeBalance, balanceOption] = useExportOption('Include the balance of voices');
  const { run, busy } = useExport(sessionId);
  return (
    <ExportMenu
      label={label}
      heading={heading}
      formats={FORMAT_ORDER}
      busy={busy}
      options={[anonymiseOption, notesOption, balanceOption]}
      onChoose={(format) =>
        void run(scope, format, { anonymise, includePrivateNotes, includeBalance })
      }
    />
  );
}
