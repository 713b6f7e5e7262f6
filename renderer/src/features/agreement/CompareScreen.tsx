import { useState } from 'react';

import { SECTION_IDS, SECTION_TITLES, type AgreementState } from '#shared/agreement/model';
import { STATUS_LABELS } from '#shared/agreement/rules';
import { diffVersions, versionLabel, type ClauseDiff } from '#shared/agreement/versions';
import type { SessionId } from '#shared/domain/ids';

import { ScreenHeader } from '../../ui/ScreenHeader';
import { routeHref } from '../../ui/useHashRoute';
import { useAgreement, useAgreementVersions } from './useAgreement';

const KIND_LABELS: Record<ClauseDiff['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  status: 'Status changed',
  unchanged: 'Unchanged',
};

function ChangeRow({ d }: { d: ClauseDiff }) {
  return (
    <li className={`diff-row diff-${d.kind}`}>
      <span className={`diff-kind diff-kind-${d.kind}`}>{KIND_LABELS[d.kind]}</span>
      <span className="diff-number">{d.numberAfter ?? d.numberBefore}</span>
      <div className="diff-text">
        {d.kind === 'changed' && d.changes.includes('text') ? (
          <>
            <del>{d.textBefore}</del>
            <ins>{d.textAfter}</ins>
          </>
        ) : d.kind === 'removed' ? (
          <del>{d.textBefore}</del>
        ) : (
          <p>{d.textAfter}</p>
        )}
        {d.changes.some((c) => c === 'details' || c === 'party') && (
          <p className="diff-note">
            Also changed:{' '}
            {d.changes
              .filter((c) => c === 'details' || c === 'party')
              .map((c) => (c === 'details' ? 'particulars' : 'party'))
              .join(', ')}
          </p>
        )}
        {d.changes.includes('assent') && (
          <p className="diff-note">
            Assent now: {d.assentAfter.length > 0 ? d.assentAfter.join(', ') : 'none'}
          </p>
        )}
        {d.statusChanged && (
          <p className="diff-status">
            {STATUS_LABELS[d.statusBefore!]} → {STATUS_LABELS[d.statusAfter!]}
          </p>
        )}
      </div>
    </li>
  );
}

/** Two versions side by side, clause by clause, in type large enough for the back of the room. */
export function CompareScreen({
  sessionId,
  from,
  to,
}: {
  sessionId: SessionId;
  from: string;
  to: string;
}) {
  const versions = useAgreementVersions(sessionId);
  const live = useAgreement(sessionId);
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (versions === undefined || live === undefined)
    return (
      <p className="loading" role="status">
        Opening the comparison…
      </p>
    );

  const pick = (which: string): AgreementState | null =>
    which === 'current' ? live : (versions.find((v) => String(v.number) === which)?.state ?? null);
  const label = (which: string) =>
    which === 'current' ? 'the current draft' : versionLabel(Number(which));
  const before = pick(from);
  const after = pick(to);
  const back = (
    <a className="back-link" href={routeHref({ name: 'agreement', sessionId })}>
      ← Agreement
    </a>
  );
  if (!before || !after) {
    return (
      <div className="panel missing" role="alert">
        <h1>That version does not exist</h1>
        {back}
      </div>
    );
  }
  const diff = diffVersions(before, after);
  return (
    <div className="compare-screen">
      <ScreenHeader
        back={{ to: { name: 'agreement', sessionId }, label: '← Agreement' }}
        titleClassName="compare-title"
        title={`Compare ${label(from)} → ${label(to)}`}
      >
        <label className="check compare-toggle">
          <input
            type="checkbox"
            checked={showUnchanged}
            onChange={(e) => setShowUnchanged(e.target.checked)}
          />
          <span>Show unchanged clauses</span>
        </label>
      </ScreenHeader>
      <p className="compare-counts">
        {diff.counts.added} added · {diff.counts.removed} removed · {diff.counts.changed} changed ·{' '}
        {diff.counts.status} status changed · {diff.counts.unchanged} unchanged
      </p>
      {(diff.parties.added.length > 0 ||
        diff.parties.removed.length > 0 ||
        diff.parties.renamed.length > 0) && (
        <section className="compare-section" aria-label="Parties">
          <h2>Parties</h2>
          <ul className="diff-list">
            {diff.parties.added.map((n) => (
              <li key={`a${n}`} className="diff-row diff-added">
                <span className="diff-kind diff-kind-added">Added</span>
                <div className="diff-text">
                  <p>{n}</p>
                </div>
              </li>
            ))}
            {diff.parties.removed.map((n) => (
              <li key={`r${n}`} className="diff-row diff-removed">
                <span className="diff-kind diff-kind-removed">Removed</span>
                <div className="diff-text">
                  <del>{n}</del>
                </div>
              </li>
            ))}
            {diff.parties.renamed.map((r) => (
              <li key={`n${r.to}`} className="diff-row diff-changed">
                <span className="diff-kind diff-kind-changed">Renamed</span>
                <div className="diff-text">
                  <del>{r.from}</del>
                  <ins>{r.to}</ins>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {SECTION_IDS.map((section) => {
        const rows = diff.clauses.filter(
          (d) => d.section === section && (showUnchanged || d.kind !== 'unchanged'),
        );
        if (rows.length === 0) return null;
        return (
          <section key={section} className="compare-section" aria-label={SECTION_TITLES[section]}>
            <h2>{SECTION_TITLES[section]}</h2>
            <ol className="diff-list">
              {rows.map((d) => (
                <ChangeRow key={d.clauseId} d={d} />
              ))}
            </ol>
          </section>
        );
      })}
      {diff.clauses.every((d) => d.kind === 'unchanged') && (
        <p className="compare-none">No clause changed between these versions.</p>
      )}
    </div>
  );
}
