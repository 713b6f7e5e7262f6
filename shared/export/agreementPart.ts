// The agreement draft as the exporters see it. The agreement feature owns the draft itself
// (shared/agreement); an adapter maps its document onto this shape, so the exporters do not
// change when the draft model grows.

export interface AgreementPart {
  title: string;
  status: string;
  /** Lines under the status: counts, whether all parties assent. */
  summary?: string[];
  parties: string[];
  /** Terms the group defined, printed before the clauses. */
  definitions?: { term: string; meaning: string }[];
  sections: AgreementSectionPart[];
  /** Consent rounds on the whole draft. */
  rounds?: ConsentRoundPart[];
  /** The day the agreement is next reviewed, when one is set (docs/review.md). */
  nextReview?: string;
  /** Reviews after the day, oldest first. */
  reviews?: ReviewPart[];
}

/** A review of an agreed version: clause by clause, what was promised and what happened. */
export interface ReviewPart {
  /** "Review of v1". */
  title: string;
  /** Lines under the title: when, the tally of outcomes, the comparison, the next review. */
  facts: string[];
  clauses: ReviewClausePart[];
}

export interface ReviewClausePart {
  number: string;
  /** The clause as agreed, with the party whose promise it is. */
  promise: string;
  /** Its particulars as agreed (standard, frequency, if/then). */
  details: string[];
  outcome: string;
  evidence: string;
  /** Anonymised when it is a person; a party keeps its name. */
  reportedBy: string;
  reportedByIsPerson: boolean;
  change: string;
  /** How it reads in the version the review produced, e.g. "Changed in v2: …". */
  after: string;
}

/** One consent round: parties stay named; the people who spoke for them are anonymised on request. */
export interface ConsentRoundPart {
  title: string;
  /** Empty while the stances are private (before the reveal). */
  stances: { party: string; speaker: string; stance: string; reason: string }[];
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
  /** Consent rounds on the clause, oldest first. */
  rounds?: ConsentRoundPart[];
  /** Open questions: who owns it (a party, or a person who is anonymised) and the next step. */
  followUp?: { owner: string; ownerIsPerson: boolean; nextStep: string };
  /** The board cards the clause was drawn from (traceability). */
  sources: string[];
}
