import type { Brand, CardId, PropositionId, SessionId } from '../domain/ids';
import type { LaneId } from '../domain/lanes';
import type { CardKind, EpochMs } from '../domain/types';

export type GroupId = Brand<string, 'GroupId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;

/** A named cluster of cards inside one lane ("these three are the same worry"). */
export interface CardGroup {
  id: GroupId;
  sessionId: SessionId;
  propositionId: PropositionId;
  lane: LaneId;
  name: string;
  collapsed: boolean;
  createdAt: EpochMs;
}

/** Someone in the room, and the party they speak for (a card can be attributed to them). */
export interface Participant {
  id: ParticipantId;
  sessionId: SessionId;
  name: string;
  party: string;
  order: number;
  createdAt: EpochMs;
}

/** One participant's dots on one card (id `${cardId}|${participantId}`), so a budget is one indexed read. */
export interface Dot {
  id: string;
  sessionId: SessionId;
  propositionId: PropositionId;
  cardId: CardId;
  participantId: ParticipantId;
  count: number;
}

export const DEFAULT_VOTE_BUDGET = 5;
export const GROUP_NAME_LIMIT = 120;
export const PARTICIPANT_NAME_LIMIT = 120;

/** Kinds carry an icon and a word as well as a colour, so colour is never the only cue. */
export const KIND_INFO: Readonly<Record<CardKind, { label: string; icon: string }>> = {
  point: { label: 'Point', icon: '•' },
  evidence: { label: 'Evidence', icon: '▤' },
  concern: { label: 'Concern', icon: '!' },
  idea: { label: 'Idea', icon: '✦' },
  question: { label: 'Question', icon: '?' },
  condition: { label: 'Condition', icon: '⇒' },
  commitment: { label: 'Commitment', icon: '✓' },
  definition: { label: 'Definition', icon: '≡' },
};

export function dotId(cardId: CardId, participantId: ParticipantId): string {
  return `${cardId}|${participantId}`;
}

export function voteBudgetKey(sessionId: SessionId): string {
  return `board.voteBudget.${sessionId}`;
}
