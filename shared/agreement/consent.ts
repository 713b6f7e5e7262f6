// Consent rounds (docs/agreement.md): open a round on a clause or the whole draft with a scale,
// take stances privately — from the scribe, or from a phone through the room — then reveal the
// spread. On reveal, a low stance on a clause becomes that party's recorded objection.
import { checkText } from '../domain/text';
import type { EpochMs } from '../domain/types';
import {
  CONSENT_SCALES,
  scaleLevel,
  type ConsentLevel,
  type ConsentRound,
  type ConsentScaleId,
  type ConsentTarget,
  type Stance,
} from './consentTypes';
import type { AgreementState, ClauseId, Party, PartyId } from './model';
import { contestClause } from './negotiation';
import { AgreementRuleError } from './rules';

const SPEAKER_LIMIT = 200;
const REASON_LIMIT = 500;

function requireRound(state: AgreementState, roundId: string): ConsentRound {
  const round = state.consentRounds.find((r) => r.id === roundId);
  if (!round) throw new AgreementRuleError('That consent round is no longer here.', 'not-found');
  return round;
}

function sameTarget(a: ConsentTarget, b: ConsentTarget): boolean {
  return a.kind === b.kind && (a.kind === 'draft' || a.clauseId === (b as typeof a).clauseId);
}

/** The round still taking stances on a target, if any (one at a time per clause or draft). */
export function openRound(state: AgreementState, target: ConsentTarget): ConsentRound | undefined {
  return state.consentRounds.find((r) => r.revealedAt === null && sameTarget(r.target, target));
}

/** Rounds on one clause or the whole draft, oldest first: part of that clause's history. */
export function roundsOn(state: AgreementState, target: ConsentTarget): ConsentRound[] {
  return state.consentRounds.filter((r) => sameTarget(r.target, target));
}

export function clauseRounds(state: AgreementState, clauseId: string): ConsentRound[] {
  return roundsOn(state, { kind: 'clause', clauseId });
}

export function draftRounds(state: AgreementState): ConsentRound[] {
  return roundsOn(state, { kind: 'draft' });
}

export function openConsentRound(
  state: AgreementState,
  id: string,
  target: ConsentTarget,
  scale: ConsentScaleId,
  at: EpochMs,
): AgreementState {
  if (!(scale in CONSENT_SCALES)) throw new AgreementRuleError('Choose a scale for the round.');
  let subject = `The whole draft (revision ${state.revision})`;
  if (target.kind === 'clause') {
    const clause = state.clauses.find((c) => c.id === target.clauseId);
    if (!clause) throw new AgreementRuleError('That clause has been deleted.', 'not-found');
    if (clause.status === 'withdrawn')
      throw new AgreementRuleError(
        'This clause has been withdrawn; there is nothing to consent to.',
      );
    subject = clause.text;
  } else if (state.clauses.every((c) => c.status === 'withdrawn')) {
    throw new AgreementRuleError('There are no clauses to consent to yet.');
  }
  if (state.parties.length === 0)
    throw new AgreementRuleError('Add the parties first: a stance is always some party’s.');
  if (openRound(state, target))
    throw new AgreementRuleError('A consent round is already under way here; reveal it first.');
  const round: ConsentRound = {
    id,
    target,
    scale,
    subject,
    revision: state.revision,
    openedAt: at,
    revealedAt: null,
    stances: [],
  };
  return { ...state, consentRounds: [...state.consentRounds, round], updatedAt: at };
}

export interface StanceInput {
  partyId: string;
  /** Who spoke for the party ('' when the scribe did not note it). */
  speaker?: string;
  participantId?: string | null;
  value: number;
  reason?: string;
  source: Stance['source'];
}

/** One voice per person: the same participant (or the same name for the party) replaces their stance. */
function sameVoice(a: Stance, b: Stance): boolean {
  if (a.partyId !== b.partyId) return false;
  if (a.participantId && b.participantId) return a.participantId === b.participantId;
  return a.speaker.toLowerCase() === b.speaker.toLowerCase();
}

/**
 * Records a stance, privately until the reveal. The same command serves the scribe's form and a
 * phone in the room (source 'phone'); sending it again replaces the earlier stance, so a phone
 * that retries after a reconnect never counts twice.
 */
export function recordStance(
  state: AgreementState,
  roundId: string,
  input: StanceInput,
  at: EpochMs,
): AgreementState {
  const round = requireRound(state, roundId);
  if (round.revealedAt !== null)
    throw new AgreementRuleError('This round has been revealed; start a new round to ask again.');
  const party = state.parties.find((p) => p.id === input.partyId);
  if (!party) throw new AgreementRuleError('Choose the party this stance is for.');
  const level = scaleLevel(round.scale, input.value);
  if (!level) throw new AgreementRuleError('Choose a stance on the round’s scale.');
  const speaker = checkText(input.speaker ?? '', SPEAKER_LIMIT, 'name');
  if (!speaker.ok && speaker.reason === 'too-long') throw new AgreementRuleError(speaker.message);
  const reason = checkText(input.reason ?? '', REASON_LIMIT, 'reason');
  if (!reason.ok && reason.reason === 'too-long') throw new AgreementRuleError(reason.message);
  // A phone cannot always send a reason (the room's message carries the stance alone): the low
  // stance still counts, and its objection says the reason is to be heard in the room.
  if (level.low && !reason.ok && input.source !== 'phone')
    throw new AgreementRuleError(
      `“${level.label}” is a low stance: say why, in ${party.name}’s words. It becomes their recorded objection.`,
    );
  const stance: Stance = {
    partyId: party.id,
    speaker: speaker.ok ? speaker.text : '',
    participantId: input.participantId ?? null,
    value: level.value,
    reason: reason.ok ? reason.text : '',
    at,
    source: input.source,
  };
  const stances = [...round.stances.filter((s) => !sameVoice(s, stance)), stance];
  return {
    ...state,
    consentRounds: state.consentRounds.map((r) => (r.id === roundId ? { ...r, stances } : r)),
    updatedAt: at,
  };
}

/**
 * Shows the spread. A low stance on a clause becomes its party's objection (unless the clause
 * was withdrawn meanwhile: the stance and its reason stay in the round either way).
 */
export function revealRound(state: AgreementState, roundId: string, at: EpochMs): AgreementState {
  const round = requireRound(state, roundId);
  if (round.revealedAt !== null) return state;
  if (round.stances.length === 0)
    throw new AgreementRuleError('No stances yet: record at least one before revealing.');
  let next: AgreementState = {
    ...state,
    consentRounds: state.consentRounds.map((r) =>
      r.id === roundId ? { ...r, revealedAt: at } : r,
    ),
    updatedAt: at,
  };
  if (round.target.kind === 'clause') {
    const clauseId = round.target.clauseId as ClauseId;
    const clause = state.clauses.find((c) => c.id === clauseId);
    for (const s of round.stances) {
      if (!scaleLevel(round.scale, s.value)?.low || !clause || clause.status === 'withdrawn')
        continue;
      if (!next.parties.some((p) => p.id === s.partyId)) continue;
      const text =
        s.reason ||
        `“${scaleLevel(round.scale, s.value)!.label}” from a phone; the reason is to be heard in the room.`;
      next = contestClause(next, clauseId, s.partyId as PartyId, text, at, round.id);
    }
  }
  return next;
}

export interface PartySpread {
  party: Party;
  stances: (Stance & { level: ConsentLevel })[];
}

/** The revealed stances grouped by party, in party order; parties with no stance are listed empty. */
export function roundSpread(state: AgreementState, round: ConsentRound): PartySpread[] {
  const levels = CONSENT_SCALES[round.scale].levels;
  return state.parties.map((party) => ({
    party,
    stances: round.stances
      .filter((s) => s.partyId === party.id)
      .map((s) => ({ ...s, level: scaleLevel(round.scale, s.value)! }))
      .sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level)),
  }));
}

/**
 * What a phone in the room may see of an open round, in the shape of the room's `ConsentOpen`
 * message: the wording, the scale and this phone's own stance — never anyone else's
 * (docs/agreement.md, "Stances from phones"). Null when the round takes no stances.
 */
export function roundForPhone(
  state: AgreementState,
  roundId: string,
  participantId: string | null = null,
): {
  roundId: string;
  clauseText: string;
  scale: ConsentScaleId;
  mine: { scale: ConsentScaleId; value: number } | null;
} | null {
  const round = state.consentRounds.find((r) => r.id === roundId);
  if (!round || round.revealedAt !== null) return null;
  const mine = participantId
    ? round.stances.find((s) => s.participantId === participantId)
    : undefined;
  return {
    roundId: round.id,
    clauseText: round.subject,
    scale: round.scale,
    mine: mine ? { scale: round.scale, value: mine.value } : null,
  };
}
