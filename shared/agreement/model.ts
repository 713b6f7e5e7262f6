// The negotiated agreement draft (docs/facilitation.md, "The negotiated agreement"): the whole
// draft of one session is one value, `AgreementState`, changed only by the pure functions of this
// folder. Storage keeps it as one row per session, so a command's undo entry is simply the state
// before and after, and a version snapshot is a copy of the value.
import type { Brand } from '../domain/ids';
import type { EpochMs } from '../domain/types';
import type { ConsentRound } from './consentTypes';

export type PartyId = Brand<string, 'PartyId'>;
export type ClauseId = Brand<string, 'ClauseId'>;
export type MandateNoteId = Brand<string, 'MandateNoteId'>;

/** The draft's sections, in the order a reader meets them. Parties come first and are not clauses. */
export const SECTION_IDS = [
  'objectives',
  'commitments',
  'contingencies',
  'review',
  'questions',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  objectives: 'Jointly agreed objectives',
  commitments: 'Commitments of each party',
  contingencies: 'Contingencies',
  review: 'Accountability and review',
  questions: 'Open questions',
};

export const CLAUSE_STATUSES = ['proposed', 'accepted', 'contested', 'withdrawn'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

export interface Party {
  id: PartyId;
  /** Who is agreeing, e.g. "The council's community services". */
  name: string;
  /** Whom they speak for, e.g. "residents of the north ward". */
  represents: string;
  /** On what authority they agree (where the legitimacy lens lands). */
  mandate: string;
  /** A service guarantees levels of functioning; a community commits its contribution. */
  role: 'service' | 'community' | 'other';
}

export type DefinitionId = Brand<string, 'DefinitionId'>;

/** A term and what the group agreed it means (from a definition card in the Frame stage). */
export interface Definition {
  id: DefinitionId;
  term: string;
  meaning: string;
  sourceCardIds: string[];
  sourceKey: string | null;
}

/** Who takes a parked question forward and what happens next (Open questions section). */
export interface QuestionFollowUp {
  /** A party's id, or a person's name as typed; '' while nobody owns it. */
  owner: string;
  ownerKind: 'party' | 'person' | 'none';
  nextStep: string;
}

/** A legitimacy point carried into the parties section, optionally attached to one party. */
export interface MandateNote {
  id: MandateNoteId;
  text: string;
  partyId: PartyId | null;
  sourceCardIds: string[];
  /** Set when generated, so regenerating never offers the same note twice. */
  sourceKey: string | null;
}

/** What a service guarantees it will reliably do, rather than an outcome it does not control. */
export interface LevelOfFunctioning {
  what: string;
  standard: string;
  frequency: string;
}

export interface Contingency {
  condition: string;
  consequence: string;
  /** The objectives that depend on the commitments below. */
  objectiveIds: ClauseId[];
  commitmentIds: ClauseId[];
}

export interface ReviewTerms {
  reporter: string;
  reportsTo: string;
  measure: string;
  /** ISO date (yyyy-mm-dd) or '' when not yet set. */
  reviewDate: string;
}

export interface Amendment {
  at: EpochMs;
  /** The party that proposed the change, or null when the facilitator edited it for the room. */
  partyId: PartyId | null;
  oldText: string;
  newText: string;
  reason: string;
}

/**
 * How a standing objection ended. Every way is recorded and shown in exports, so an objection can
 * never vanish from the record (docs/agreement.md, "Honest status rules").
 */
export type ObjectionResolution =
  /** The objector accepted the clause as amended (the amendment count when they did). */
  | { kind: 'amended'; at: EpochMs; amendments: number }
  /** The objector withdrew it. */
  | { kind: 'withdrawn'; at: EpochMs }
  /** The facilitator (for the room) went ahead over it, for a reason the exports show. */
  | { kind: 'overruled'; at: EpochMs; reason: string }
  /** The objecting party was removed from the agreement; its name is kept for the record. */
  | { kind: 'party-removed'; at: EpochMs; partyName: string }
  /** Settled by accepting the clause before Parley recorded how (drafts older than schema v3). */
  | { kind: 'settled-unrecorded'; at: EpochMs };

export interface Objection {
  /** Unique within its clause: `${clauseId}:o${n}`; objections are never removed from a clause. */
  id: string;
  partyId: PartyId;
  text: string;
  at: EpochMs;
  /** When the objection was settled; null while it stands. Always set together with `resolution`. */
  resolvedAt: EpochMs | null;
  resolution: ObjectionResolution | null;
  /** Set when the clause was amended after the objection: the objector is asked for a new stance. */
  awaitingStanceSince: EpochMs | null;
  /** The consent round whose low stance raised it, if any. */
  roundId?: string | null;
  /** The party's name, kept when the party is removed so the record still says who objected. */
  partyName?: string;
}

export interface ClauseAssent {
  at: EpochMs;
}

export interface Clause {
  id: ClauseId;
  section: SectionId;
  text: string;
  /** Required for commitments (whose commitment it is); optional elsewhere. */
  partyId: PartyId | null;
  level: LevelOfFunctioning | null;
  contingency: Contingency | null;
  review: ReviewTerms | null;
  /** Open questions only: who owns it and the next step. */
  followUp: QuestionFollowUp | null;
  /** Commitments only, when set: the day it is due (ISO yyyy-mm-dd), a calendar entry of its own. */
  dueDate?: string;
  status: ClauseStatus;
  /** Board cards this clause came from, so a reader can see where every line came from. */
  sourceCardIds: string[];
  origin: 'generated' | 'manual';
  /** For generated clauses: the key of what produced it, so regenerating never duplicates it. */
  sourceKey: string | null;
  /** True once a person changed the clause; regeneration never touches such a clause. */
  edited: boolean;
  amendments: Amendment[];
  objections: Objection[];
  /** Assent per party to the clause's current text; cleared when the text is amended. */
  assent: Record<string, ClauseAssent>;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface DraftAssent {
  at: EpochMs;
  /** The draft revision the party assented to; later changes make the assent stale. */
  revision: number;
}

export interface AgreementState {
  sessionId: string;
  parties: Party[];
  /** Terms the group pinned down while framing the proposition: the draft's opening section. */
  definitions: Definition[];
  mandateNotes: MandateNote[];
  clauses: Clause[];
  /** Assent per party to the whole draft. */
  draftAssent: Record<string, DraftAssent>;
  /**
   * Parties' objections to the whole draft, raised by a low stance in a round on the draft
   * (shared/agreement/draftObjections.ts); never removed, only settled with a recorded resolution.
   */
  draftObjections: Objection[];
  /** Consent rounds on clauses or the whole draft, oldest first (shared/agreement/consent.ts). */
  consentRounds: ConsentRound[];
  /** Source keys the facilitator declined when offered as additions, so they are not offered again. */
  declinedKeys: string[];
  /** Bumped by every change to parties or clauses. */
  revision: number;
  generatedAt: EpochMs | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface AgreementVersion {
  id: string;
  sessionId: string;
  /** 1, 2, 3… shown as v1, v2, v3. */
  number: number;
  takenAt: EpochMs;
  label: string;
  state: AgreementState;
}

export function emptyAgreement(sessionId: string, at: EpochMs): AgreementState {
  return {
    sessionId,
    parties: [],
    definitions: [],
    mandateNotes: [],
    clauses: [],
    draftAssent: {},
    draftObjections: [],
    consentRounds: [],
    declinedKeys: [],
    revision: 0,
    generatedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** Clauses of one section in draft order (the order they sit in `clauses`). */
export function sectionClauses(state: AgreementState, section: SectionId): Clause[] {
  return state.clauses.filter((c) => c.section === section);
}

/** "2.3": section number (parties are section 1) and position within the section. */
export function clauseNumber(state: AgreementState, clauseId: ClauseId): string {
  const clause = state.clauses.find((c) => c.id === clauseId);
  if (!clause) return '?';
  const sectionIndex = SECTION_IDS.indexOf(clause.section) + 2;
  return `${sectionIndex}.${sectionClauses(state, clause.section).findIndex((c) => c.id === clauseId) + 1}`;
}
