import { useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { FORMAT_ORDER } from './exportFormats';
import { ExportMenu } from './ExportMenu';
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
  const [anonymise, setAnonymise] = useState(false);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [includeBalance, setIncludeBalance] = useState(false);
  const { run, busy } = useExport(sessionId);
  return (
    <ExportMenu
      label={label}
      heading={heading}
      formats={FORMAT_ORDER}
      busy={busy}
      options={[
        {
          label: 'Anonymise participants',
          checked: anonymise,
          toggle: () => setAnonymise((v) => !v),
        },
        {
          label: 'Include private notes',
          checked: includePrivateNotes,
          toggle: () => setIncludePrivateNotes((v) => !v),
        },
        {
          label: 'Include the balance of voices',
          checked: includeBalance,
          toggle: () => setIncludeBalance((v) => !v),
        },
      ]}
      onChoose={(format) =>
        void run(scope, format, { anonymise, includePrivateNotes, includeBalance })
      }
    />
  );
}
