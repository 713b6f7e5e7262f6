import type { AgreementDocument, DocumentRound } from '../../agreement/document';
import { resolutionText } from '../../agreement/objections';
import type { AgreementPart, ConsentRoundPart } from '../agreementPart';
import { formatDateTime } from '../document';

const STATUS_LABEL: Record<string, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  contested: 'Contested',
  withdrawn: 'Withdrawn',
};

function roundPart(r: DocumentRound): ConsentRoundPart {
  const when =
    r.revealedAt === null
      ? `open since ${formatDateTime(r.openedAt)}; ${r.count} stance${r.count === 1 ? '' : 's'} in, not yet revealed`
      : `revealed ${formatDateTime(r.revealedAt)}`;
  return {
    title: `Consent round (${r.scale}) on “${r.subject}”, ${when}`,
    stances: r.stances.map((s) => ({
      party: s.party,
      speaker: s.speaker,
      stance: s.stance,
      reason: s.reason,
    })),
  };
}

/**
 * The agreement feature's document tree (shared/agreement/document.ts) as the exporters' agreement
 * part: numbered clauses by section, assent, open contests, and each clause's source cards for the
 * traceability appendix.
 */
export function agreementPartFromDocument(doc: AgreementDocument): AgreementPart {
  const { counts } = doc;
  const summary = [
    `${counts.accepted} accepted, ${counts.proposed} proposed, ${counts.contested} contested, ${counts.withdrawn} withdrawn.`,
    doc.agreedByAll
      ? 'Every party has assented to this draft.'
      : 'Not every party has assented to this draft yet.',
  ];
  for (const c of doc.openContests) {
    summary.push(
      `Open contest on ${c.number}: ${c.objections.map((o) => `${o.party} — ${o.text}`).join('; ') || 'contested'}`,
    );
  }
  for (const o of doc.draftObjections.open)
    summary.push(`Objection to the whole draft: ${o.party} — ${o.text}`);
  for (const o of doc.draftObjections.settled)
    summary.push(
      `Objection to the whole draft, settled: ${o.party} — ${o.text} — ${resolutionText(o.resolution, o.party, formatDateTime)}`,
    );
  const parties = doc.parties.map((p) => {
    const parts = [p.name];
    if (p.represents) parts.push(`represents ${p.represents}`);
    if (p.mandate) parts.push(`mandate: ${p.mandate}`);
    if (p.draftAssent)
      parts.push(p.draftAssent.current ? 'assents to this draft' : 'assented to an earlier draft');
    return parts.join(' — ');
  });
  return {
    title: doc.version ? `${doc.title} (${doc.version})` : doc.title,
    status: doc.agreedByAll ? 'Agreed by all parties' : 'Draft for negotiation',
    summary,
    parties,
    definitions: doc.definitions,
    rounds: doc.draftRounds.map(roundPart),
    sections: doc.sections
      .filter((s) => s.clauses.length > 0)
      .map((s) => ({
        title: `${s.number}. ${s.title}`,
        clauses: s.clauses.map((c) => ({
          number: c.number,
          text: c.party ? `${c.text} (${c.party})` : c.text,
          status: STATUS_LABEL[c.status] ?? c.status,
          details: c.details.map((d) => `${d.label}: ${d.value}`),
          assent: c.assent.map((a) => ({ who: a.party, stance: 'assents' })),
          contests: c.openObjections.map((o) => ({ who: o.party, text: o.text })),
          settled: c.settledObjections.map((o) => ({
            who: o.party,
            text: o.text,
            resolution: resolutionText(o.resolution, o.party, formatDateTime),
          })),
          rounds: c.rounds.map(roundPart),
          ...(c.followUp ? { followUp: c.followUp } : {}),
          sources: c.sourceCards.map((card) => card.text || `card ${card.id}`),
        })),
      })),
  };
}
