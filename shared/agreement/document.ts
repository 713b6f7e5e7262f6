// A format-free document tree of the draft, for the exporters (Markdown, HTML/PDF, Word) and any
// read-only view. Everything an exporter needs is resolved here (numbers, party names, open
// contests), so each exporter only lays text out and escapes it for its format.
import { clauseRounds, draftRounds, roundSpread } from './consent';
import { CONSENT_SCALES, type ConsentRound } from './consentTypes';
import {
  clauseNumber,
  SECTION_IDS,
  SECTION_TITLES,
  type AgreementState,
  type Clause,
  type ClauseStatus,
  type Objection,
  type ObjectionResolution,
  type SectionId,
} from './model';
import { openObjections } from './rules';

export interface DocumentDetail {
  label: string;
  value: string;
}

export interface DocumentAssent {
  party: string;
  at: number;
}

export interface DocumentObjection {
  party: string;
  text: string;
  at: number;
}

/** An objection that ended, and how: the record a reader checks that nothing was waved through. */
export interface DocumentSettledObjection extends DocumentObjection {
  resolution: ObjectionResolution;
}

/** A consent round as a reader sees it: stances only once revealed, each with who spoke. */
export interface DocumentRound {
  scale: string;
  subject: string;
  openedAt: number;
  revealedAt: number | null;
  /** How many stances are in (all a reader learns before the reveal). */
  count: number;
  /** Empty until revealed, so an export made mid-round cannot leak private stances. */
  stances: { party: string; speaker: string; stance: string; reason: string; low: boolean }[];
}

export interface DocumentClause {
  id: string;
  /** "2.1" — section number then position; parties are section 1. */
  number: string;
  text: string;
  status: ClauseStatus;
  /** The party whose commitment it is, when one is named. */
  party: string | null;
  /** Labelled particulars: level of functioning, if/then, review terms. Empty values are left out. */
  details: DocumentDetail[];
  assent: DocumentAssent[];
  /** Objections not yet settled. */
  openObjections: DocumentObjection[];
  /** Objections that ended, each with how (withdrawn, amended, overruled with its reason…). */
  settledObjections: DocumentSettledObjection[];
  amendmentCount: number;
  /** Consent rounds on this clause, oldest first. */
  rounds: DocumentRound[];
  /** Open questions: who takes it forward (a party, or a person by name) and the next step. */
  followUp: { owner: string; ownerIsPerson: boolean; nextStep: string } | null;
  /** Board card ids the clause came from; `sourceCards` has their text where it was supplied. */
  sourceCardIds: string[];
  sourceCards: { id: string; text: string }[];
}

export interface DocumentSection {
  id: SectionId;
  number: number;
  title: string;
  clauses: DocumentClause[];
}

export interface DocumentParty {
  id: string;
  name: string;
  represents: string;
  mandate: string;
  mandateNotes: { text: string; sourceCardIds: string[] }[];
  /** Assent to the whole draft; `current` is false when the draft changed after it was given. */
  draftAssent: { at: number; current: boolean } | null;
}

export interface AgreementDocument {
  title: string;
  proposition: string;
  /** Version the document shows ("v2"), or null for the live draft. */
  version: string | null;
  parties: DocumentParty[];
  /** Legitimacy notes not yet attached to a party. */
  unassignedMandateNotes: { text: string; sourceCardIds: string[] }[];
  sections: DocumentSection[];
  /** Every clause still contested, with who objects and why: the reader's "what is not agreed". */
  openContests: { number: string; text: string; objections: DocumentObjection[] }[];
  /** Parties' objections to the whole draft (from low stances in rounds on it), standing and settled. */
  draftObjections: { open: DocumentObjection[]; settled: DocumentSettledObjection[] };
  /** Consent rounds on the whole draft, oldest first. */
  draftRounds: DocumentRound[];
  /** The terms the group defined while framing, in the order captured. */
  definitions: { term: string; meaning: string }[];
  counts: Record<ClauseStatus, number>;
  /** True when every party has given current assent to the whole draft. */
  agreedByAll: boolean;
}

export interface DocumentContext {
  title?: string;
  proposition?: string;
  version?: string | null;
  /** Card id → text, to quote the source cards; ids without text are still listed. */
  cardTexts?: Readonly<Record<string, string>>;
}

const STATUS_ORDER = ['proposed', 'accepted', 'contested', 'withdrawn'] as const;

export function buildAgreementDocument(
  state: AgreementState,
  context: DocumentContext = {},
): AgreementDocument {
  const partyName = (id: string | null): string =>
    state.parties.find((p) => p.id === id)?.name ?? 'Unknown party';
  const standing = (objections: readonly Objection[]): DocumentObjection[] =>
    objections
      .filter((o) => o.resolution === null)
      .map((o) => ({ party: partyName(o.partyId), text: o.text, at: o.at }));
  const objectionsOf = (c: Clause): DocumentObjection[] => standing(openObjections(c));
  const settled = (objections: readonly Objection[]): DocumentSettledObjection[] =>
    objections.flatMap((o) => {
      if (o.resolution === null) return [];
      const party =
        state.parties.find((p) => p.id === o.partyId)?.name ?? o.partyName ?? 'A removed party';
      return [{ party, text: o.text, at: o.at, resolution: o.resolution }];
    });
  const settledOf = (c: Clause): DocumentSettledObjection[] => settled(c.objections);
  const counts = Object.fromEntries(
    STATUS_ORDER.map((s) => [s, state.clauses.filter((c) => c.status === s).length]),
  ) as Record<ClauseStatus, number>;

  const sections = SECTION_IDS.map((id, index): DocumentSection => ({
    id,
    number: index + 2,
    title: SECTION_TITLES[id],
    clauses: state.clauses
      .filter((c) => c.section === id)
      .map((c) => ({
        id: c.id,
        number: clauseNumber(state, c.id),
        text: c.text,
        status: c.status,
        party: c.partyId ? partyName(c.partyId) : null,
        details: clauseDetails(state, c),
        assent: state.parties
          .filter((p) => c.assent[p.id])
          .map((p) => ({ party: p.name, at: c.assent[p.id]!.at })),
        openObjections: objectionsOf(c),
        settledObjections: settledOf(c),
        amendmentCount: c.amendments.length,
        rounds: clauseRounds(state, c.id).map((r) => documentRound(state, r)),
        followUp: c.followUp && {
          owner: c.followUp.ownerKind === 'party' ? partyName(c.followUp.owner) : c.followUp.owner,
          ownerIsPerson: c.followUp.ownerKind === 'person',
          nextStep: c.followUp.nextStep,
        },
        sourceCardIds: [...c.sourceCardIds],
        sourceCards: c.sourceCardIds.map((cardId) => ({
          id: cardId,
          text: context.cardTexts?.[cardId] ?? '',
        })),
      })),
  }));

  const parties = state.parties.map((p): DocumentParty => {
    const assent = state.draftAssent[p.id];
    return {
      id: p.id,
      name: p.name,
      represents: p.represents,
      mandate: p.mandate,
      mandateNotes: state.mandateNotes
        .filter((n) => n.partyId === p.id)
        .map((n) => ({ text: n.text, sourceCardIds: [...n.sourceCardIds] })),
      draftAssent: assent ? { at: assent.at, current: assent.revision === state.revision } : null,
    };
  });

  return {
    title: context.title ?? 'Agreement draft',
    proposition: context.proposition ?? '',
    version: context.version ?? null,
    parties,
    unassignedMandateNotes: state.mandateNotes
      .filter((n) => n.partyId === null)
      .map((n) => ({ text: n.text, sourceCardIds: [...n.sourceCardIds] })),
    sections,
    openContests: state.clauses
      .filter((c) => c.status === 'contested')
      .map((c) => ({
        number: clauseNumber(state, c.id),
        text: c.text,
        objections: objectionsOf(c),
      })),
    draftObjections: {
      open: standing(state.draftObjections),
      settled: settled(state.draftObjections),
    },
    draftRounds: draftRounds(state).map((r) => documentRound(state, r)),
    definitions: state.definitions.map((d) => ({ term: d.term, meaning: d.meaning })),
    counts,
    agreedByAll: parties.length > 0 && parties.every((p) => p.draftAssent?.current === true),
  };
}

function documentRound(state: AgreementState, round: ConsentRound): DocumentRound {
  return {
    scale: CONSENT_SCALES[round.scale].label,
    subject: round.subject,
    openedAt: round.openedAt,
    revealedAt: round.revealedAt,
    count: round.stances.length,
    stances:
      round.revealedAt === null
        ? []
        : roundSpread(state, round).flatMap((p) =>
            p.stances.map((s) => ({
              party: p.party.name,
              speaker: s.speaker,
              stance: s.level.label,
              reason: s.reason,
              low: s.level.low,
            })),
          ),
  };
}

/** The labelled particulars of a clause, in reading order; blank particulars are omitted. */
export function clauseDetails(state: AgreementState, c: Clause): DocumentDetail[] {
  const numberOf = (id: string) => clauseNumber(state, id as Clause['id']);
  const rows: [string, string][] = [];
  // "What" repeats the clause when generated from it; a reader needs it only when it says more.
  if (c.level)
    rows.push(
      ['What', c.level.what === c.text ? '' : c.level.what],
      ['Standard', c.level.standard],
      ['Frequency', c.level.frequency],
    );
  if (c.contingency) {
    rows.push(['If', c.contingency.condition], ['Then', c.contingency.consequence]);
    rows.push([
      'Objectives that depend on it',
      c.contingency.objectiveIds.map(numberOf).join(', '),
    ]);
    rows.push(['On commitments', c.contingency.commitmentIds.map(numberOf).join(', ')]);
  }
  if (c.dueDate) rows.push(['Due by', c.dueDate]);
  if (c.review) {
    rows.push(
      ['Who reports', c.review.reporter],
      ['Reports to', c.review.reportsTo],
      ['What is measured', c.review.measure],
      ['Review date', c.review.reviewDate],
    );
  }
  return rows
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => ({ label, value }));
}
