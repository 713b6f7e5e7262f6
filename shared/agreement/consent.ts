// Consent rounds (docs/agreement.md): open a round on a clause or the whole draft with a scale,
// take stances privately — from the scribe, or from a phone through the room — then reveal the
// spread. On reveal, a low stance becomes that party's recorded objection: on the clause, or — for
// a round on the whole draft — on the draft itself (`draftObjections`).
import { checkText } from '../domain/text';
import type { EpochMs } from '../domain/types';
import {
  CONSENT_SCALES,
  scaleLevel,
  STANCE_REASON_LIMIT,
  type ConsentLevel,
  type ConsentRound,
  type ConsentScaleId,
  type ConsentTarget,
  type Stance,
} from './consentTypes';
import { objectToDraft } from './draftObjections';
import type { AgreementState, ClauseId, Party, PartyId } from './model';
import { contestClause } from './negotiation';
import { AgreementRuleError } from './rules';

const SPEAKER_LIMIT = 200;

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

/**
 * One voice per person: the same participant or phone (even speaking for another party now), or
 * the same name for the party, replaces their stance.
 */
function sameVoice(a: Stance, b: Stance): boolean {
  if (a.participantId && b.participantId) return a.participantId === b.participantId;
  if (a.partyId !== b.partyId) return false;
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
  const reason = checkText(input.reason ?? '', STANCE_REASON_LIMIT, 'reason');
  if (!reason.ok && reason.reason === 'too-long') throw new AgreementRuleError(reason.message);
  // The same rule for the scribe and a phone: a low stance is an objection, so it says why.
  if (level.low && !reason.ok)
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

/** The objection a low stance raises: its reason (stances from before reasons were required may lack one). */
function objectionText(round: ConsentRound, stance: Stance): string {
  return (
    stance.reason ||
    `“${scaleLevel(round.scale, stance.value)!.label}” from a phone; the reason is to be heard in the room.`
  );
}

/**
 * Shows the spread. A low stance becomes its party's objection: on the clause (unless it was
 * withdrawn meanwhile: the stance and its reason stay in the round either way), or on the draft
 * for a round on the whole draft.
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
  const clauseId = round.target.kind === 'clause' ? (round.target.clauseId as ClauseId) : null;
  const clause = clauseId ? state.clauses.find((c) => c.id === clauseId) : undefined;
  for (const s of round.stances) {
    if (!scaleLevel(round.scale, s.value)?.low) continue;
    if (!next.parties.some((p) => p.id === s.partyId)) continue;
    const text = objectionText(round, s);
    const partyId = s.partyId as PartyId;
    if (clauseId === null) next = objectToDraft(next, partyId, text, at, round.id);
    else if (clause && clause.status !== 'withdrawn')
      next = contestClause(next, clauseId, partyId, text, at, round.id);
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

/** The round phones are asked about: the one opened last that still takes stances. */
export function roundOnPhones(state: AgreementState): ConsentRound | undefined {
  return state.consentRounds.filter((r) => r.revealedAt === null).at(-1);
}

/** What a phone may know of its own stance (the room's `MyStance`). */
export interface PhoneOwnStance {
  partyId: string;
  stance: { scale: ConsentScaleId; value: number };
  reason: string;
}

/**
 * What a phone in the room may see of an open round, in the shape of the room's `ConsentOpen`
 * message: the wording, the scale, the parties to speak for and this phone's own stance — never
 * anyone else's (docs/agreement.md, "Stances from phones"). Null when the round takes no stances.
 */
export function roundForPhone(
  state: AgreementState,
  roundId: string,
  participantId: string | null = null,
): {
  roundId: string;
  about: ConsentTarget['kind'];
  clauseText: string;
  scale: ConsentScaleId;
  parties: { id: string; name: string }[];
  mine: PhoneOwnStance | null;
} | null {
  const round = state.consentRounds.find((r) => r.id === roundId);
  if (!round || round.revealedAt !== null || state.parties.length === 0) return null;
  const mine = participantId
    ? round.stances.find((s) => s.participantId === participantId)
    : undefined;
  return {
    roundId: round.id,
    about: round.target.kind,
    clauseText: round.subject,
    scale: round.scale,
    parties: state.parties.map((p) => ({ id: p.id, name: p.name })),
    mine: mine
      ? {
          partyId: mine.partyId,
          stance: { scale: round.scale, value: mine.value },
          reason: mine.reason,
        }
      : null,
  };
}
