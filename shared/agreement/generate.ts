// Draft generation: the board's cards become a first draft. Pure and deterministic (ids and time
// are passed in), so a fixture session has a golden output. Each lane lands where the domain says
// (FACILITATION.md): conclusions → objectives or commitments, practicability → contingencies,
// legitimacy → the parties' mandate notes, accountability → review clauses, open questions carry over.
import type { EpochMs } from '../domain/types';
import { emptyAgreement, type AgreementState, type Clause, type ClauseId, type MandateNote, type MandateNoteId, type Party, type PartyId, type SectionId } from './model';

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
}

export type ProposedAddition = { key: string; kind: 'clause'; clause: Clause } | { key: string; kind: 'mandate-note'; note: MandateNote };

export interface GenerateOptions {
  at: EpochMs;
  newId: () => string;
}

const LANE_ORDER = ['conclusions', 'practicability', 'accountability', 'questions', 'legitimacy'];

// A conclusion reads as a commitment when it says what someone will reliably do; otherwise it
// is a shared aim. Deliberately simple: the facilitator moves a clause when it guessed wrong.
const COMMITMENT_WORDS = /\b(will|shall|commits?|committed|guarantees?|undertakes?|promises?|volunteers?|answers?|responds?|opens?|stays? open|provides?|runs?|takes? part|within \d+)\b/i;
const COMMUNITY_WORDS = /\b(residents?|citizens?|communit(?:y|ies)|volunteers?|neighbou?rs?|association|tenants?|parents?|families|service users?)\b/i;
const STANDARD = /\b(within [^,.;]+)/i;
const FREQUENCY = /\b((?:\d+|one|two|three|four|five|six|seven) (?:days?|times|hours?|evenings?) (?:a|per|each) (?:week|day|month|year)|daily|weekly|fortnightly|monthly|quarterly|annually|every (?:day|week|month|quarter|year))\b/i;
const IF_THEN = /^\s*if\s+(.+?)(?:\s*,\s*then\s+|\s+then\s+|\s*,\s*)(.+?)\s*$/is;
const REPORTS_TO = /^(.+?)\s+reports?\s+(?:back\s+)?to\s+(.+?)(?:\s+(?:on|about)\s+(.+?))?\s*\.?$/i;

function orderedCards(cards: readonly SourceCard[]): SourceCard[] {
  return cards
    .filter((c) => LANE_ORDER.includes(c.lane) && typeof c.text === 'string' && c.text.trim() !== '')
    .map((c, index) => ({ c, index }))
    .sort((a, b) => LANE_ORDER.indexOf(a.c.lane) - LANE_ORDER.indexOf(b.c.lane) || (a.c.order ?? 0) - (b.c.order ?? 0) || (a.c.createdAt ?? 0) - (b.c.createdAt ?? 0) || a.index - b.index)
    .map(({ c }) => c);
}

/** The two sides of the origin post's agreement, named generically for the facilitator to rename. */
export function defaultParties(newId: () => string): Party[] {
  return [
    { id: newId() as PartyId, name: 'The service', represents: '', mandate: '', role: 'service' },
    { id: newId() as PartyId, name: 'Citizens and communities', represents: '', mandate: '', role: 'community' },
  ];
}

const SERVICE_WORDS = /\b(council|service|authority|department|library|staff|manager|officers?|government|state)\b/i;

/** The party a legitimacy point speaks about: whichever side it names first, or none. */
function mandatePartyFor(parties: readonly Party[], text: string): PartyId | null {
  const service = SERVICE_WORDS.exec(text)?.index ?? Infinity;
  const community = COMMUNITY_WORDS.exec(text)?.index ?? Infinity;
  if (service === Infinity && community === Infinity) return null;
  const role = service <= community ? 'service' : 'community';
  return parties.find((p) => p.role === role)?.id ?? null;
}

function partyFor(parties: readonly Party[], text: string): Party | undefined {
  const role = COMMUNITY_WORDS.test(text) ? 'community' : 'service';
  return parties.find((p) => p.role === role) ?? parties[0];
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

function clauseFromCard(card: SourceCard, parties: readonly Party[], options: GenerateOptions): Clause {
  const base = (section: SectionId) => baseClause(options.newId() as ClauseId, section, card, options.at);
  const text = card.text.trim();
  if (card.lane === 'questions' || card.kind === 'question') return base('questions');
  if (card.lane === 'practicability') {
    const m = IF_THEN.exec(text);
    return { ...base('contingencies'), contingency: { condition: m?.[1] ?? text, consequence: m?.[2] ?? '', objectiveIds: [], commitmentIds: [] } };
  }
  if (card.lane === 'accountability') {
    const m = REPORTS_TO.exec(text);
    return { ...base('review'), review: { reporter: m?.[1] ?? '', reportsTo: m?.[2] ?? '', measure: m?.[3] ?? '', reviewDate: '' } };
  }
  if (!COMMITMENT_WORDS.test(text) && !FREQUENCY.test(text)) return base('objectives');
  const party = partyFor(parties, text);
  const level = party?.role === 'service' ? { what: text, standard: STANDARD.exec(text)?.[1] ?? '', frequency: FREQUENCY.exec(text)?.[1] ?? '' } : null;
  return { ...base('commitments'), partyId: party?.id ?? null, level };
}

/** What the board holds that the draft does not yet have: the additions to offer the facilitator. */
export function proposeAdditions(state: AgreementState, cards: readonly SourceCard[], options: GenerateOptions): ProposedAddition[] {
  const known = new Set<string>([...state.declinedKeys]);
  for (const c of state.clauses) if (c.sourceKey) known.add(c.sourceKey);
  for (const n of state.mandateNotes) if (n.sourceKey) known.add(n.sourceKey);
  const additions: ProposedAddition[] = [];
  for (const card of orderedCards(cards)) {
    const key = `card:${card.id}`;
    if (known.has(key)) continue;
    known.add(key);
    if (card.lane === 'legitimacy' && card.kind !== 'question') {
      additions.push({ key, kind: 'mandate-note', note: { id: options.newId() as MandateNoteId, text: card.text.trim(), partyId: mandatePartyFor(state.parties, card.text), sourceCardIds: [card.id], sourceKey: key } });
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
export function applyAdditions(state: AgreementState, offered: readonly ProposedAddition[], acceptedKeys: ReadonlySet<string>, at: EpochMs): AgreementState {
  const accepted = offered.filter((a) => acceptedKeys.has(a.key));
  const declined = offered.filter((a) => !acceptedKeys.has(a.key)).map((a) => a.key);
  const clauses = accepted.flatMap((a) => (a.kind === 'clause' ? [a.clause] : []));
  const notes = accepted.flatMap((a) => (a.kind === 'mandate-note' ? [a.note] : []));
  return {
    ...state,
    clauses: [...state.clauses, ...clauses],
    mandateNotes: [...state.mandateNotes, ...notes],
    declinedKeys: [...state.declinedKeys, ...declined.filter((k) => !state.declinedKeys.includes(k))],
    revision: state.revision + (accepted.length > 0 ? 1 : 0),
    generatedAt: at,
    updatedAt: at,
  };
}

/**
 * A first draft from the board: the default parties (when the draft has none yet) and every
 * card's clause or note. Given an existing draft, it only adds what is new.
 */
export function generateDraft(sessionId: string, existing: AgreementState | null, cards: readonly SourceCard[], options: GenerateOptions): AgreementState {
  let state = existing ?? emptyAgreement(sessionId, options.at);
  if (state.parties.length === 0) state = { ...state, parties: defaultParties(options.newId) };
  const additions = proposeAdditions(state, cards, options);
  return applyAdditions(state, additions, new Set(additions.map((a) => a.key)), options.at);
}
