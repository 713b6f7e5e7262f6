// Balance of voices (docs/synthesis.md, "Balance of voices"): per party and per lens, the points
// raised and the dots placed, and per party the objections and stances in the agreement — so the
// facilitator sees, during the day, a party that has said nothing in a lens.
import type { LaneId } from '../domain/lanes';

/** The three lenses, in the board's order (shared/domain/lanes.ts). */
export const LENS_IDS = ['legitimacy', 'practicability', 'accountability'] as const;
export type LensId = (typeof LENS_IDS)[number];

/** The rows the counts are made from, each cut to the fields it needs. */
export interface VoiceRows {
  cards: readonly {
    id: string;
    lane: LaneId;
    participantId?: string | null;
    /** A phone's point: the party it gave, or null (an anonymous stage gives none). */
    fromRoom?: { party: string | null } | null;
  }[];
  /** The session's listed participants; phones' stand-ins (`room:<phoneId>`) are not among them. */
  participants: readonly { id: string; party: string }[];
  dots: readonly { cardId: string; participantId: string; count: number }[];
  /** The party name of every objection raised in the agreement (standing or settled). */
  objectionParties: readonly string[];
  /** The party name of every stance given in a consent round. */
  stanceParties: readonly string[];
}

export interface LensCount {
  points: number;
  dots: number;
}

export interface PartyVoices {
  party: string;
  lenses: Record<LensId, LensCount>;
  objections: number;
  stances: number;
  /** Lenses in which the party raised no point: the flag in the facilitator's panel. */
  silentIn: LensId[];
}

export interface Balance {
  parties: PartyVoices[];
  /**
   * What no party can claim: points from anonymous phones or unattributed cards, and phones'
   * dots. Counted so the totals are honest, never given to a party.
   */
  nobody: Record<LensId, LensCount>;
}

const isLens = (lane: LaneId): lane is LensId => (LENS_IDS as readonly string[]).includes(lane);

const emptyLenses = (): Record<LensId, LensCount> => ({
  legitimacy: { points: 0, dots: 0 },
  practicability: { points: 0, dots: 0 },
  accountability: { points: 0, dots: 0 },
});

/** Parties are matched by name, ignoring case and spacing: the board and the draft type them apart. */
const keyOf = (party: string) => party.trim().replace(/\s+/g, ' ').toLowerCase();

export function balanceOf(rows: VoiceRows): Balance {
  const parties = new Map<string, PartyVoices>();
  const partyFor = (name: string | null | undefined): PartyVoices | null => {
    const trimmed = name?.trim();
    if (!trimmed) return null;
    const key = keyOf(trimmed);
    let voices = parties.get(key);
    if (!voices) {
      voices = { party: trimmed, lenses: emptyLenses(), objections: 0, stances: 0, silentIn: [] };
      parties.set(key, voices);
    }
    return voices;
  };
  // Listed participants' parties come first, in the board's order, even before they speak.
  const partyOfParticipant = new Map<string, PartyVoices | null>();
  for (const p of rows.participants) partyOfParticipant.set(p.id, partyFor(p.party));

  const nobody = emptyLenses();
  const laneOf = new Map<string, LaneId>();
  for (const card of rows.cards) {
    laneOf.set(card.id, card.lane);
    if (!isLens(card.lane)) continue;
    // A phone's point counts for the party the phone gave, or for nobody (anonymous stages).
    const owner = card.participantId
      ? (partyOfParticipant.get(card.participantId) ?? null)
      : partyFor(card.fromRoom?.party);
    (owner ? owner.lenses : nobody)[card.lane].points += 1;
  }
  for (const dot of rows.dots) {
    const lane = laneOf.get(dot.cardId);
    if (!lane || !isLens(lane)) continue;
    const owner = partyOfParticipant.get(dot.participantId) ?? null;
    (owner ? owner.lenses : nobody)[lane].dots += dot.count;
  }
  for (const name of rows.objectionParties) {
    const owner = partyFor(name);
    if (owner) owner.objections += 1;
  }
  for (const name of rows.stanceParties) {
    const owner = partyFor(name);
    if (owner) owner.stances += 1;
  }
  const list = [...parties.values()];
  for (const voices of list)
    voices.silentIn = LENS_IDS.filter((lens) => voices.lenses[lens].points === 0);
  return { parties: list, nobody };
}

/** Whether anything at all was counted (an empty board has no balance to show). */
export function hasVoices(balance: Balance): boolean {
  const lensTotal = (l: Record<LensId, LensCount>) =>
    LENS_IDS.reduce((sum, lens) => sum + l[lens].points + l[lens].dots, 0);
  return (
    lensTotal(balance.nobody) > 0 ||
    balance.parties.some((p) => lensTotal(p.lenses) + p.objections + p.stances > 0)
  );
}
