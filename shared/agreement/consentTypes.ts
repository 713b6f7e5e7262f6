// Consent rounds: the shape of a round and the two scales a facilitator chooses from. A round asks
// every party for a stance on one clause (or the whole draft); stances stay private until the
// facilitator reveals them, so nobody anchors on the first hand up (docs/agreement.md).
import type { EpochMs } from '../domain/types';

export const CONSENT_SCALE_IDS = ['fist-to-five', 'gradients'] as const;
/** The longest reason a stance may give (a phone's message is held to it too). */
export const STANCE_REASON_LIMIT = 500;

export type ConsentScaleId = (typeof CONSENT_SCALE_IDS)[number];

export interface ConsentLevel {
  /**
   * Stored with the stance, numbered as the room's phones send it (shared/room/protocol.ts):
   * fist to five 5 = full support … 0 = block; gradients 1 = wholehearted … 8 = block.
   */
  value: number;
  label: string;
  /** A low stance must give a reason and is recorded as an objection when the round is revealed. */
  low: boolean;
}

export interface ConsentScale {
  id: ConsentScaleId;
  label: string;
  /** Strongest support first, as a facilitator reads the scale out. */
  levels: readonly ConsentLevel[];
}

export const CONSENT_SCALES: Readonly<Record<ConsentScaleId, ConsentScale>> = {
  'fist-to-five': {
    id: 'fist-to-five',
    label: 'Fist to five',
    levels: [
      { value: 5, label: '5 — full support, will champion it', low: false },
      { value: 4, label: '4 — support', low: false },
      { value: 3, label: '3 — can live with it', low: false },
      { value: 2, label: '2 — reservations that need discussing', low: true },
      { value: 1, label: '1 — serious objection', low: true },
      { value: 0, label: 'Fist — block', low: true },
    ],
  },
  gradients: {
    id: 'gradients',
    label: 'Gradients of agreement',
    levels: [
      { value: 1, label: 'Wholehearted endorsement', low: false },
      { value: 2, label: 'Agreement with a minor point of contention', low: false },
      { value: 3, label: 'Support with reservations', low: false },
      { value: 4, label: 'Abstain', low: false },
      { value: 5, label: 'More discussion needed', low: false },
      { value: 6, label: 'Do not like it, but will support it', low: false },
      { value: 7, label: 'Serious disagreement', low: true },
      { value: 8, label: 'Block', low: true },
    ],
  },
};

export type ConsentTarget = { kind: 'clause'; clauseId: string } | { kind: 'draft' };

export interface Stance {
  partyId: string;
  /** Who spoke for the party, as the scribe or the phone gave it ('' when not known). */
  speaker: string;
  /** The participant behind a phone, when the room sent the stance. */
  participantId: string | null;
  value: number;
  /** Required for a low stance; optional otherwise. */
  reason: string;
  at: EpochMs;
  source: 'scribe' | 'phone';
}

export interface ConsentRound {
  id: string;
  target: ConsentTarget;
  scale: ConsentScaleId;
  /** The wording the stances are about (the clause text, or "The whole draft (revision n)"). */
  subject: string;
  /** The draft revision when the round opened. */
  revision: number;
  openedAt: EpochMs;
  /** Null while stances are private; once revealed the round takes no more stances. */
  revealedAt: EpochMs | null;
  stances: Stance[];
}

export function scaleLevel(scale: ConsentScaleId, value: number): ConsentLevel | undefined {
  return CONSENT_SCALES[scale].levels.find((l) => l.value === value);
}
