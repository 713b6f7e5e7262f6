import { useState } from 'react';

import type { AgreementVersion } from '#shared/agreement/model';
import { versionLabel } from '#shared/agreement/versions';
import type { SessionId } from '#shared/domain/ids';

import { navigate } from '../../ui/useHashRoute';
import { formatWhen } from './formatWhen';

/** Saved versions, and the choice of two to compare (a saved version or the live draft). */
export function VersionsPanel({
  sessionId,
  versions,
}: {
  sessionId: SessionId;
  versions: readonly AgreementVersion[];
}) {
  const last = versions.at(-1);
  const [from, setFrom] = useState(String(versions.at(-2)?.number ?? last?.number ?? 'current'));
  const [to, setTo] = useState(last && versions.length > 1 ? String(last.number) : 'current');
  const options = [
    ...versions.map((v) => ({ value: String(v.number), label: versionLabel(v.number) })),
    { value: 'current', label: 'Current draft' },
  ];
  const picker = (label: string, value: string, set: (v: string) => void) => (
    <label className="field-inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="versions panel" aria-label="Versions">
      <h2>Versions</h2>
      {versions.length === 0 ? (
        <p className="hint">
          No saved versions yet. Save one when the room reaches a point worth keeping.
        </p>
      ) : (
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.id}>
              <strong>{versionLabel(v.number)}</strong>{' '}
              <span className="hint">saved {formatWhen(v.takenAt)}</span>
              {v.label && <span> — {v.label}</span>}
            </li>
          ))}
        </ol>
      )}
      {versions.length > 0 && (
        <div className="compare-pick">
          {picker('Compare from', from, setFrom)}
          {picker('to', to, setTo)}
          <button
            type="button"
            className="button"
            disabled={from === to}
            onClick={() => navigate({ name: 'agreement-compare', sessionId, from, to })}
          >
            Compare
          </button>
        </div>
      )}
    </section>
  );
}
