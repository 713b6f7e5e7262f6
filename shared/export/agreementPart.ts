// The agreement draft as the exporters see it. The agreement feature owns the draft itself
// (shared/agreement); an adapter maps its document onto this shape, so the exporters do not
// change when the draft model grows.

export interface AgreementPart {
  title: string;
  status: string;
  /** Lines under the status: counts, whether all parties assent. */
  summary?: string[];
  parties: string[];
  sections: AgreementSectionPart[];
}

export interface AgreementSectionPart {
  title: string;
  clauses: AgreementClausePart[];
}

export interface AgreementClausePart {
  /** "1.2": section and clause number, as printed. */
  number: string;
  text: string;
  status: string;
  /** Who assented, and how (e.g. "agrees", "can live with it"). */
  assent: { who: string; stance: string }[];
  /** Open contests: an objection still standing against the clause. */
  contests: { who: string | null; text: string }[];
  /** Objections that ended, with how: withdrawn, answered by an amendment, or overruled and why. */
  settled?: { who: string | null; text: string; resolution: string }[];
  /** Labelled particulars, e.g. "Who reports: the clerk". */
  details?: string[];
  /** The board cards the clause was drawn from (traceability). */
  sources: string[];
}
