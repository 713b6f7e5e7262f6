// Draft generation: the board's cards become a first draft. Pure and deterministic (ids and time
// are passed in), so a fixture session has a golden output. Each card is placed by what it is
// (placement.ts: its kind, then its lane); the facilitator reviews every placement before the draft
// is written, and may move a card or leave it out (docs/agreement.md).
import type { EpochMs } from '../domain/types';
import {
  emptyAgreement,
  type AgreementState,
  type Clause,
  type ClauseId,
  type Definition,
  type DefinitionId,
  type MandateNote,
  type MandateNoteId,
  type Party,
  type PartyId,
  type SectionId,
} from './model';
import { levelParts, placementOf, type Placement } from './placement';

/**
 * The card fields generation reads. Cards from the board may carry more (kinds, groups, votes,
 * links, flags); extra fields are ignored, and unknown lanes are skipped.
 */
export interface SourceCard {
  id: string;
  lane: string;
  text: string;
  order?: number;
  createdAt?: number;
  kind?: unknown;
  /** Practicability scores (evidence, capacity, control), when the point was scored. */
  practicability?: unknown;
  /** Who said it, when the scribe recorded that; their party is the clause's first guess. */
  participantId?: string | null;
}

/** Someone at the table, as the board's participant list records them. */
export interface SourceParticipant {
  id: string;
  name: string;
  party: string;
}

/** One card offered to the draft: where it would go and why; what it becomes is built on apply. */
export interface ProposedAddition {
  key: string;
  card: SourceCard;
  placement: Placement;
  why: string;
}

export interface GenerateOptions {
  at: EpochMs;
  newId: () => string;
  /** The session's participants: their parties become the draft's, and attribute what they said. */
  participants?: readonly SourceParticipant[];
}

const LANE_ORDER = ['conclusions', 'practicability', 'accountability', 'questions', 'legitimacy'];

const COMMUNITY_WORDS =
  /\b(residents?|citizens?|communit(?:y|ies)|volunteers?|neighbou?rs?|association|tenants?|parents?|families|service users?)\b/i;
const IF_THEN = /^\s*if\s+(.+?)(?:\s*,\s*then\s+|\s+then\s+|\s*,\s*)(.+?)\s*$/is;
const REPORTS_TO = /^(.+?)\s+reports?\s+(?:back\s+)?to\s+(.+?)(?:\s+(?:on|about)\s+(.+?))?\s*\.?$/i;

function orderedCards(cards: readonly SourceCard[]): SourceCard[] {
  return cards
    .filter(
      (c) => LANE_ORDER.includes(c.lane) && typeof c.text === 'string' && c.text.trim() !== '',
    )
    .map((c, index) => ({ c, index }))
    .sort(
      (a, b) =>
        LANE_ORDER.indexOf(a.c.lane) - LANE_ORDER.indexOf(b.c.lane) ||
        (a.c.order ?? 0) - (b.c.order ?? 0) ||
        (a.c.createdAt ?? 0) - (b.c.createdAt ?? 0) ||
        a.index - b.index,
    )
    .map(({ c }) => c);
}

/**
 * The two sides of a negotiated agreement when nobody at the table has been given a party: those
 * who decide (who guarantee what they control) and those affected (who commit their part) — in
 * the default plan's own words (docs/agreement.md), for the facilitator to rename. The origin's
 * public-services names ("The service", "Citizens and communities") suit only that case.
 */
export const DEFAULT_PARTY_NAMES = { decides: 'Those who decide', affected: 'Those affected' };

export function defaultParties(newId: () => string): Party[] {
  return [
    {
      id: newId() as PartyId,
      name: DEFAULT_PARTY_NAMES.decides,
      represents: '',
      mandate: '',
      role: 'service',
    },
    {
      id: newId() as PartyId,
      name: DEFAULT_PARTY_NAMES.affected,
      represents: '',
      mandate: '',
      role: 'community',
    },
  ];
}

const SERVICE_WORDS =
  /\b(council|service|authority|department|library|staff|manager|officers?|government|state)\b/i;

/** A service guarantees levels of functioning, a community commits its contribution; a name may say which. */
function roleOf(name: string): Party['role'] {
  if (SERVICE_WORDS.test(name)) return 'service';
  if (COMMUNITY_WORDS.test(name)) return 'community';
  return 'other';
}

/** A party's name as people type it: spaces tidied. Compared without case. */
function tidyPartyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The parties named in the participant list, once each (ignoring case and spaces), in the order first named. */
function partyNames(participants: readonly SourceParticipant[]): string[] {
  const seen = new Map<string, string>();
  for (const p of participants) {
    const name = tidyPartyName(p.party);
    if (name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

/**
 * The parties a first draft starts with: those the people at the table came for, as the
 * participant list names them — or, when nobody has been given a party, the two generic sides.
 */
export function partiesFor(
  participants: readonly SourceParticipant[],
  newId: () => string,
): Party[] {
  const names = partyNames(participants);
  if (names.length === 0) return defaultParties(newId);
  return names.map((name) => ({
    id: newId() as PartyId,
    name,
    represents: '',
    mandate: '',
    role: roleOf(name),
  }));
}

/** The draft party of the person a card is attributed to, if they came for one. */
function attributedParty(
  parties: readonly Party[],
  card: SourceCard,
  participants: readonly SourceParticipant[] | undefined,
): Party | undefined {
  if (!card.participantId || !participants) return undefined;
  const said = participants.find((p) => p.id === card.participantId);
  const party = said ? tidyPartyName(said.party).toLowerCase() : '';
  return party ? parties.find((p) => tidyPartyName(p.name).toLowerCase() === party) : undefined;
}

/**
 * Who makes a commitment: the party of whoever said it; else the side its words point to. When
 * the parties' names say nothing of their roles, it is left for the facilitator to assign rather
 * than pinned on the first party.
 */
function partyFor(
  parties: readonly Party[],
  card: SourceCard,
  participants: readonly SourceParticipant[] | undefined,
): Party | undefined {
  const said = attributedParty(parties, card, participants);
  if (said) return said;
  const role = COMMUNITY_WORDS.test(card.text) ? 'community' : 'service';
  return (
    parties.find((p) => p.role === role) ??
    (parties.some((p) => p.role === 'other') ? undefined : parties[0])
  );
}

function baseClause(id: ClauseId, section: SectionId, card: SourceCard, at: EpochMs): Clause {
  return {
    id,
    section,
    text: card.text.trim(),
    partyId: null,
    level: null,
    contingency: null,
    review: null,
    followUp: null,
    status: 'proposed',
    sourceCardIds: [card.id],
    origin: 'generated',
    sourceKey: `card:${card.id}`,
    edited: false,
    amendments: [],
    objections: [],
    assent: {},
    createdAt: at,
    updatedAt: at,
  };
}

function clauseFromCard(
  card: SourceCard,
  section: SectionId,
  parties: readonly Party[],
  options: GenerateOptions,
): Clause {
  const base = baseClause(options.newId() as ClauseId, section, card, options.at);
  const text = card.text.trim();
  if (section === 'contingencies') {
    const m = IF_THEN.exec(text);
    return {
      ...base,
      contingency: {
        condition: m?.[1] ?? text,
        consequence: m?.[2] ?? '',
        objectiveIds: [],
        commitmentIds: [],
      },
    };
  }
  if (section === 'review') {
    const m = REPORTS_TO.exec(text);
    return {
      ...base,
      review: {
        reporter: m?.[1] ?? '',
        reportsTo: m?.[2] ?? '',
        measure: m?.[3] ?? '',
        reviewDate: '',
      },
    };
  }
  if (section !== 'commitments') return base;
  const party = partyFor(parties, card, options.participants);
  const level = party?.role === 'service' ? { what: text, ...levelParts(text) } : null;
  return { ...base, partyId: party?.id ?? null, level };
}

/** "Term: meaning", "Term — meaning" or "Term means meaning"; otherwise the whole card is the term. */
const DEFINITION = /^\s*(.+?)(?:\s*:\s+|\s+[—–-]\s+|\s+means\s+)(.+?)\s*$/is;

function definitionFromCard(card: SourceCard, options: GenerateOptions): Definition {
  const m = DEFINITION.exec(card.text.trim());
  return {
    id: options.newId() as DefinitionId,
    term: (m?.[1] ?? card.text).trim(),
    meaning: (m?.[2] ?? '').trim(),
    sourceCardIds: [card.id],
    sourceKey: `card:${card.id}`,
  };
}

/** What the board holds that the draft does not yet have: the additions to offer the facilitator. */
export function proposeAdditions(
  state: AgreementState,
  cards: readonly SourceCard[],
): ProposedAddition[] {
  const known = new Set<string>([...state.declinedKeys]);
  for (const c of state.clauses) if (c.sourceKey) known.add(c.sourceKey);
  for (const n of state.mandateNotes) if (n.sourceKey) known.add(n.sourceKey);
  for (const d of state.definitions) if (d.sourceKey) known.add(d.sourceKey);
  const additions: ProposedAddition[] = [];
  for (const card of orderedCards(cards)) {
    const key = `card:${card.id}`;
    if (known.has(key)) continue;
    known.add(key);
    additions.push({ key, card, ...placementOf(card) });
  }
  return additions;
}

/**
 * Writes the additions the facilitator kept, each where the review step left it (`moves` holds
 * the ones moved from their proposed place); the rest — unticked or left out — are recorded as
 * declined, so they are not offered again. Existing clauses are never touched, so regenerating
 * cannot undo negotiation.
 */
export function applyAdditions(
  state: AgreementState,
  offered: readonly ProposedAddition[],
  acceptedKeys: ReadonlySet<string>,
  options: GenerateOptions,
  moves: ReadonlyMap<string, Placement> = new Map(),
): AgreementState {
  const clauses: Clause[] = [];
  const notes: MandateNote[] = [];
  const definitions: Definition[] = [];
  const declined: string[] = [];
  for (const a of offered) {
    const placement = moves.get(a.key) ?? a.placement;
    if (!acceptedKeys.has(a.key) || placement === 'leave-out') {
      declined.push(a.key);
    } else if (placement === 'definition') {
      definitions.push(definitionFromCard(a.card, options));
    } else if (placement === 'mandate') {
      const said = attributedParty(state.parties, a.card, options.participants);
      notes.push({
        id: options.newId() as MandateNoteId,
        text: a.card.text.trim(),
        // Only who said it ties a note to a party: "Residents were not asked" is not the residents' mandate.
        partyId: said?.id ?? null,
        sourceCardIds: [a.card.id],
        sourceKey: a.key,
      });
    } else {
      clauses.push(clauseFromCard(a.card, placement, state.parties, options));
    }
  }
  const added = clauses.length + notes.length + definitions.length;
  return {
    ...state,
    clauses: [...state.clauses, ...clauses],
    mandateNotes: [...state.mandateNotes, ...notes],
    definitions: [...state.definitions, ...definitions],
    declinedKeys: [
      ...state.declinedKeys,
      ...declined.filter((k) => !state.declinedKeys.includes(k)),
    ],
    revision: state.revision + (added > 0 ? 1 : 0),
    generatedAt: options.at,
    updatedAt: options.at,
  };
}

/** The draft the additions go into: the existing one, or a new one with the parties at the table. */
export function draftToExtend(
  sessionId: string,
  existing: AgreementState | null,
  options: GenerateOptions,
): AgreementState {
  const state = existing ?? emptyAgreement(sessionId, options.at);
  return state.parties.length > 0
    ? state
    : { ...state, parties: partiesFor(options.participants ?? [], options.newId) };
}

/**
 * A first draft from the board: the parties (when the draft has none yet: those the participants
 * came for, else the two generic sides) and every card's clause or note. Given an existing draft,
 * it only adds what is new.
 */
export function generateDraft(
  sessionId: string,
  existing: AgreementState | null,
  cards: readonly SourceCard[],
  options: GenerateOptions,
): AgreementState {
  const state = draftToExtend(sessionId, existing, options);
  const additions = proposeAdditions(state, cards);
  return applyAdditions(state, additions, new Set(additions.map((a) => a.key)), options);
}
