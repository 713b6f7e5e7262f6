// Draft generation: the board's cards become a first draft. Pure and deterministic (ids and time
// are passed in), so a fixture session has a golden output. Each lane lands where the domain says
// (docs/facilitation.md, "The negotiated agreement"): conclusions → objectives or commitments,
// practicability → contingencies, legitimacy → the parties' mandate notes, accountability → review
// clauses, open questions carry over.
import type { EpochMs } from '../domain/types';
import {
  emptyAgreement,
  type AgreementState,
  type Clause,
  type ClauseId,
  type MandateNote,
  type MandateNoteId,
  type Party,
  type PartyId,
  type SectionId,
} from './model';

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
  /** Who said it, when the scribe recorded that; their party is the clause's first guess. */
  participantId?: string | null;
}

/** Someone at the table, as the board's participant list records them. */
export interface SourceParticipant {
  id: string;
  name: string;
  party: string;
}

export type ProposedAddition =
  | { key: string; kind: 'clause'; clause: Clause }
  | { key: string; kind: 'mandate-note'; note: MandateNote };

export interface GenerateOptions {
  at: EpochMs;
  newId: () => string;
  /** The session's participants: their parties become the draft's, and attribute what they said. */
  participants?: readonly SourceParticipant[];
}

const LANE_ORDER = ['conclusions', 'practicability', 'accountability', 'questions', 'legitimacy'];

// A conclusion reads as a commitment when it says what someone will reliably do; otherwise it
// is a shared aim. Deliberately simple: the facilitator moves a clause when it guessed wrong.
const COMMITMENT_WORDS =
  /\b(will|shall|commits?|committed|guarantees?|undertakes?|promises?|volunteers?|answers?|responds?|opens?|stays? open|provides?|runs?|takes? part|within \d+)\b/i;
const COMMUNITY_WORDS =
  /\b(residents?|citizens?|communit(?:y|ies)|volunteers?|neighbou?rs?|association|tenants?|parents?|families|service users?)\b/i;
const STANDARD = /\b(within [^,.;]+)/i;
const FREQUENCY =
  /\b((?:\d+|one|two|three|four|five|six|seven) (?:days?|times|hours?|evenings?) (?:a|per|each) (?:week|day|month|year)|daily|weekly|fortnightly|monthly|quarterly|annually|every (?:day|week|month|quarter|year))\b/i;
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
 * The two sides of a negotiated agreement, a service and the community it serves
 * (docs/facilitation.md), named generically for the facilitator to rename.
 */
export function defaultParties(newId: () => string): Party[] {
  return [
    { id: newId() as PartyId, name: 'The service', represents: '', mandate: '', role: 'service' },
    {
      id: newId() as PartyId,
      name: 'Citizens and communities',
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

/** The party a legitimacy point speaks about: whoever said it, else whichever side it names first, or none. */
function mandatePartyFor(
  parties: readonly Party[],
  card: SourceCard,
  participants: readonly SourceParticipant[] | undefined,
): PartyId | null {
  const said = attributedParty(parties, card, participants);
  if (said) return said.id;
  const service = SERVICE_WORDS.exec(card.text)?.index ?? Infinity;
  const community = COMMUNITY_WORDS.exec(card.text)?.index ?? Infinity;
  if (service === Infinity && community === Infinity) return null;
  const role = service <= community ? 'service' : 'community';
  return parties.find((p) => p.role === role)?.id ?? null;
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
  parties: readonly Party[],
  options: GenerateOptions,
): Clause {
  const base = (section: SectionId) =>
    baseClause(options.newId() as ClauseId, section, card, options.at);
  const text = card.text.trim();
  if (card.lane === 'questions' || card.kind === 'question') return base('questions');
  if (card.lane === 'practicability') {
    const m = IF_THEN.exec(text);
    return {
      ...base('contingencies'),
      contingency: {
        condition: m?.[1] ?? text,
        consequence: m?.[2] ?? '',
        objectiveIds: [],
        commitmentIds: [],
      },
    };
  }
  if (card.lane === 'accountability') {
    const m = REPORTS_TO.exec(text);
    return {
      ...base('review'),
      review: {
        reporter: m?.[1] ?? '',
        reportsTo: m?.[2] ?? '',
        measure: m?.[3] ?? '',
        reviewDate: '',
      },
    };
  }
  if (!COMMITMENT_WORDS.test(text) && !FREQUENCY.test(text)) return base('objectives');
  const party = partyFor(parties, card, options.participants);
  const level =
    party?.role === 'service'
      ? {
          what: text,
          standard: STANDARD.exec(text)?.[1] ?? '',
          frequency: FREQUENCY.exec(text)?.[1] ?? '',
        }
      : null;
  return { ...base('commitments'), partyId: party?.id ?? null, level };
}

/** What the board holds that the draft does not yet have: the additions to offer the facilitator. */
export function proposeAdditions(
  state: AgreementState,
  cards: readonly SourceCard[],
  options: GenerateOptions,
): ProposedAddition[] {
  const known = new Set<string>([...state.declinedKeys]);
  for (const c of state.clauses) if (c.sourceKey) known.add(c.sourceKey);
  for (const n of state.mandateNotes) if (n.sourceKey) known.add(n.sourceKey);
  const additions: ProposedAddition[] = [];
  for (const card of orderedCards(cards)) {
    const key = `card:${card.id}`;
    if (known.has(key)) continue;
    known.add(key);
    if (card.lane === 'legitimacy' && card.kind !== 'question') {
      additions.push({
        key,
        kind: 'mandate-note',
        note: {
          id: options.newId() as MandateNoteId,
          text: card.text.trim(),
          partyId: mandatePartyFor(state.parties, card, options.participants),
          sourceCardIds: [card.id],
          sourceKey: key,
        },
      });
    } else {
      additions.push({ key, kind: 'clause', clause: clauseFromCard(card, state.parties, options) });
    }
  }
  return additions;
}

/**
 * Adds the chosen additions and records the rest as declined, so they are not offered again.
 * Existing clauses are never touched — edited or not — so regenerating cannot undo negotiation.
 */
export function applyAdditions(
  state: AgreementState,
  offered: readonly ProposedAddition[],
  acceptedKeys: ReadonlySet<string>,
  at: EpochMs,
): AgreementState {
  const accepted = offered.filter((a) => acceptedKeys.has(a.key));
  const declined = offered.filter((a) => !acceptedKeys.has(a.key)).map((a) => a.key);
  const clauses = accepted.flatMap((a) => (a.kind === 'clause' ? [a.clause] : []));
  const notes = accepted.flatMap((a) => (a.kind === 'mandate-note' ? [a.note] : []));
  return {
    ...state,
    clauses: [...state.clauses, ...clauses],
    mandateNotes: [...state.mandateNotes, ...notes],
    declinedKeys: [
      ...state.declinedKeys,
      ...declined.filter((k) => !state.declinedKeys.includes(k)),
    ],
    revision: state.revision + (accepted.length > 0 ? 1 : 0),
    generatedAt: at,
    updatedAt: at,
  };
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
  let state = existing ?? emptyAgreement(sessionId, options.at);
  if (state.parties.length === 0)
    state = { ...state, parties: partiesFor(options.participants ?? [], options.newId) };
  const additions = proposeAdditions(state, cards, options);
  return applyAdditions(state, additions, new Set(additions.map((a) => a.key)), options.at);
}
