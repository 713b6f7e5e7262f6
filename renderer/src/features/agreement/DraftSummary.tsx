import type { AgreementDocument } from '#shared/agreement/document';

/** Where the negotiation stands, in one line the room can read: counts by status and open contests. */
export function DraftSummary({ document }: { document: AgreementDocument }) {
  const { counts } = document;
  return (
    <p className="draft-summary">
      <span className="status status-accepted">{counts.accepted} accepted</span>
      <span className="status status-proposed">{counts.proposed} proposed</span>
      <span className="status status-contested">{counts.contested} contested</span>
      {counts.withdrawn > 0 && (
        <span className="status status-withdrawn">{counts.withdrawn} withdrawn</span>
      )}
      <span className="summary-assent">
        {document.agreedByAll
          ? 'Every party assents to the whole draft.'
          : `${document.parties.filter((p) => p.draftAssent?.current).length} of ${document.parties.length} parties assent to the whole draft.`}
      </span>
    </p>
  );
}
