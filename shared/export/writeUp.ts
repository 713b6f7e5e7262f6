import { scoredPoints, type ScoredPoint } from '../charts/practicabilityChart';
import { LANE_IDS, LANES, type LaneId } from '../domain/lanes';
import type { Card, CardKind, EpochMs, Proposition, Session, Workshop } from '../domain/types';
import { hasVoices, type Balance } from '../synthesis/balance';
import type { AgreementPart, ConsentRoundPart } from './agreementPart';

/**
 * Everything the exporters may know about one session, as plain rows. The core parts come from
 * the skeleton's tables; every other part is optional and supplied by the feature that owns it
 * (stages, board organisation, agreement). An absent part simply leaves its section out.
 */
export interface SessionData {
  workshop: Workshop | null;
  session: Session;
  propositions: Proposition[];
  cards: Card[];
  /** cardId → who raised it: a name, or a name with the party they came for. */
  attributions?: Record<string, string | Attribution>;
  /** cardId → number of votes. */
  votes?: Record<string, number>;
  groups?: { name: string; cardIds: string[] }[];
  /** Ids of conclusion cards the group marked as surprising. */
  surprising?: string[];
  stagePlan?: StagePlanRow[];
  privateNotes?: { stage: string; text: string }[];
  agreement?: AgreementPart;
  /** Who spoke, per party and lens (shared/synthesis/balance.ts); shown only when asked for. */
  balance?: Balance;
}

/** A person and the party they came for. Anonymising hides the person and keeps the party. */
export interface Attribution {
  name: string;
  party?: string | null;
}

export interface StagePlanRow {
  title: string;
  plannedMs: number | null;
  actualMs: number | null;
}

export interface ExportOptions {
  /** Replace participants' names with "Participant A", "Participant B"… consistently. */
  anonymise: boolean;
  /** The facilitator's private notes are left out unless asked for. */
  includePrivateNotes: boolean;
  /** When the document was made; passed in so exports are reproducible. */
  generatedAt: EpochMs;
  /** The balance of voices (per party and lens) is shown only when the facilitator chooses. */
  includeBalance?: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: Omit<ExportOptions, 'generatedAt'> = {
  anonymise: false,
  includePrivateNotes: false,
};

export interface WriteUpPoint {
  text: string;
  kind: CardKind;
  attribution?: string;
  votes?: number;
  surprising?: boolean;
}

export interface PropositionWriteUp {
  text: string;
  lenses: { lane: LaneId; label: string; question: string; points: WriteUpPoint[] }[];
  conclusions: WriteUpPoint[];
  openQuestions: WriteUpPoint[];
  /** Practicability points scored on evidence, capacity and control, when any were. */
  scored?: ScoredPoint[];
}

/** The session write-up: format-free, ready for any renderer (docs/architecture.md, "Exports"). */
export interface SessionWriteUp {
  title: string;
  workshopName: string | null;
  date: string | null;
  venue: string | null;
  generatedAt: EpochMs;
  propositions: PropositionWriteUp[];
  groups?: { name: string; points: string[] }[];
  stagePlan?: StagePlanRow[];
  privateNotes?: { stage: string; text: string }[];
  agreement?: AgreementPart;
  balance?: Balance;
}

/** Names → "Participant A" in order of first appearance, so the same person keeps one label. */
export function anonymiser(): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let label = seen.get(name);
    if (!label) {
      const n = seen.size;
      label = `Participant ${n < 26 ? String.fromCharCode(65 + n) : n + 1}`;
      seen.set(name, label);
    }
    return label;
  };
}

function attributionText(who: string | Attribution, nameOf: (name: string) => string): string {
  if (typeof who === 'string') return nameOf(who);
  return who.party ? `${nameOf(who.name)}, ${who.party}` : nameOf(who.name);
}

export function buildWriteUp(data: SessionData, options: ExportOptions): SessionWriteUp {
  const nameOf = options.anonymise ? anonymiser() : (name: string) => name;
  const surprising = new Set(data.surprising ?? []);
  const toPoint = (card: Card): WriteUpPoint => {
    const point: WriteUpPoint = { text: card.text, kind: card.kind };
    const who = data.attributions?.[card.id];
    if (who) point.attribution = attributionText(who, nameOf);
    const votes = data.votes?.[card.id];
    if (votes) point.votes = votes;
    if (surprising.has(card.id)) point.surprising = true;
    return point;
  };
  const propositions = [...data.propositions].sort(
    (a, b) => a.order - b.order || a.createdAt - b.createdAt,
  );
  const cardsByLane = (propositionId: string, lane: LaneId) =>
    data.cards
      .filter((c) => c.propositionId === propositionId && c.lane === lane)
      .sort((a, b) => a.order - b.order)
      .map(toPoint);

  const writeUp: SessionWriteUp = {
    title: data.session.title,
    workshopName: data.workshop?.name ?? null,
    date: data.workshop?.date ?? null,
    venue: data.workshop?.venue ?? null,
    generatedAt: options.generatedAt,
    propositions: propositions.map((p) => {
      const scored = scoredPoints(data.cards.filter((c) => c.propositionId === p.id));
      return {
        text: p.text,
        lenses: LANE_IDS.filter((lane) => LANES[lane].isLens).map((lane) => ({
          lane,
          label: LANES[lane].label,
          question: LANES[lane].question,
          points: cardsByLane(p.id, lane),
        })),
        conclusions: cardsByLane(p.id, 'conclusions'),
        openQuestions: cardsByLane(p.id, 'questions'),
        ...(scored.length ? { scored } : {}),
      };
    }),
  };
  if (data.groups?.length) {
    const textOf = new Map(data.cards.map((c) => [c.id as string, c.text]));
    writeUp.groups = data.groups.map((g) => ({
      name: g.name,
      points: g.cardIds.map((id) => textOf.get(id)).filter((t): t is string => t !== undefined),
    }));
  }
  if (data.stagePlan?.length) writeUp.stagePlan = data.stagePlan;
  if (options.includeBalance && data.balance && hasVoices(data.balance))
    writeUp.balance = data.balance;
  if (options.includePrivateNotes && data.privateNotes?.length)
    writeUp.privateNotes = data.privateNotes;
  if (data.agreement)
    writeUp.agreement = options.anonymise
      ? anonymiseAgreement(data.agreement, nameOf)
      : data.agreement;
  return writeUp;
}

/**
 * Parties are public in an agreement (who agrees is its point), so they keep their names; the
 * people who spoke for them in consent rounds, and people who own open questions, are hidden.
 */
function anonymiseAgreement(
  agreement: AgreementPart,
  nameOf: (name: string) => string,
): AgreementPart {
  const rounds = (list: ConsentRoundPart[] | undefined) =>
    list?.map((r) => ({
      ...r,
      stances: r.stances.map((s) => ({ ...s, speaker: s.speaker && nameOf(s.speaker) })),
    }));
  return {
    ...agreement,
    ...(agreement.rounds ? { rounds: rounds(agreement.rounds) } : {}),
    sections: agreement.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => ({
        ...c,
        ...(c.rounds ? { rounds: rounds(c.rounds) } : {}),
        ...(c.followUp?.ownerIsPerson && c.followUp.owner
          ? { followUp: { ...c.followUp, owner: nameOf(c.followUp.owner) } }
          : {}),
      })),
    })),
  };
}
