import { scoredPoints, type ScoredPoint } from '../charts/practicabilityChart';
import { LANE_IDS, LANES, type LaneId } from '../domain/lanes';
import type { Card, CardKind, EpochMs, Proposition, Session, Workshop } from '../domain/types';
import { hasVoices, type Balance } from '../synthesis/balance';
import type { AgreementPart, ConsentRoundPart } from './agreementPart';
import { nameAnonymiser, type NameAnonymiser } from './anonymiseNames';

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
  /** The session's participants, whose names "Anonymise participants" takes out of all text. */
  participantNames?: string[];
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

/** The names to anonymise: the participants, else whoever the cards are attributed to. */
function anonymiserFor(data: SessionData): NameAnonymiser {
  const attributed = Object.values(data.attributions ?? {}).map((who) =>
    typeof who === 'string' ? who.split(', ')[0]! : who.name,
  );
  return nameAnonymiser([...(data.participantNames ?? []), ...attributed]);
}

/** Leaves every name as typed. */
const KEEP_NAMES: NameAnonymiser = { label: (who) => who, text: (text) => text };

/** Parties are public (who agrees is an agreement's point): only the person is labelled. */
function attributionText(who: string | Attribution, names: NameAnonymiser): string {
  if (typeof who === 'string') return names.label(who);
  return who.party ? `${names.label(who.name)}, ${who.party}` : names.label(who.name);
}

/** How names read in a session's export: as typed, or labelled when anonymising. */
export function namesFor(data: SessionData, options: Pick<ExportOptions, 'anonymise'>) {
  return options.anonymise ? anonymiserFor(data) : KEEP_NAMES;
}

export function buildWriteUp(data: SessionData, options: ExportOptions): SessionWriteUp {
  const names = namesFor(data, options);
  const surprising = new Set(data.surprising ?? []);
  const toPoint = (card: Card): WriteUpPoint => {
    const point: WriteUpPoint = { text: names.text(card.text), kind: card.kind };
    const who = data.attributions?.[card.id];
    if (who) point.attribution = attributionText(who, names);
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
    title: names.text(data.session.title),
    workshopName: data.workshop?.name ?? null,
    date: data.workshop?.date ?? null,
    venue: data.workshop?.venue ?? null,
    generatedAt: options.generatedAt,
    propositions: propositions.map((p) => {
      const scored = scoredPoints(data.cards.filter((c) => c.propositionId === p.id)).map(
        (point) => ({ ...point, text: names.text(point.text) }),
      );
      return {
        text: names.text(p.text),
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
    const textOf = new Map(data.cards.map((c) => [c.id as string, names.text(c.text)]));
    writeUp.groups = data.groups.map((g) => ({
      name: names.text(g.name),
      points: g.cardIds.map((id) => textOf.get(id)).filter((t): t is string => t !== undefined),
    }));
  }
  if (data.stagePlan?.length) writeUp.stagePlan = data.stagePlan;
  if (options.includeBalance && data.balance && hasVoices(data.balance))
    writeUp.balance = data.balance;
  if (options.includePrivateNotes && data.privateNotes?.length)
    writeUp.privateNotes = options.anonymise
      ? data.privateNotes.map((n) => ({ ...n, text: names.text(n.text) }))
      : data.privateNotes;
  if (data.agreement)
    writeUp.agreement = options.anonymise
      ? anonymiseAgreement(data.agreement, names)
      : data.agreement;
  return writeUp;
}

/**
 * Parties are public in an agreement (who agrees is its point), so they keep their names; the
 * people who spoke for them in consent rounds, people who own open questions, people who reported
 * what happened in a review, and any name typed into a clause, an objection, a note or a review's
 * account are hidden.
 */
function anonymiseAgreement(agreement: AgreementPart, names: NameAnonymiser): AgreementPart {
  const rounds = (list: ConsentRoundPart[] | undefined) =>
    list?.map((r) => ({
      ...r,
      stances: r.stances.map((s) => ({
        ...s,
        speaker: s.speaker && names.label(s.speaker),
        reason: names.text(s.reason),
      })),
    }));
  return {
    ...agreement,
    ...(agreement.rounds ? { rounds: rounds(agreement.rounds) } : {}),
    ...(agreement.reviews
      ? {
          reviews: agreement.reviews.map((r) => ({
            ...r,
            clauses: r.clauses.map((c) => ({
              ...c,
              promise: names.text(c.promise),
              details: c.details.map(names.text),
              evidence: names.text(c.evidence),
              change: names.text(c.change),
              after: names.text(c.after),
              reportedBy:
                c.reportedByIsPerson && c.reportedBy ? names.label(c.reportedBy) : c.reportedBy,
            })),
          })),
        }
      : {}),
    sections: agreement.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => ({
        ...c,
        ...(c.rounds ? { rounds: rounds(c.rounds) } : {}),
        ...(c.followUp?.ownerIsPerson && c.followUp.owner
          ? { followUp: { ...c.followUp, owner: names.label(c.followUp.owner) } }
          : {}),
        text: names.text(c.text),
        contests: c.contests.map((x) => ({ ...x, text: names.text(x.text) })),
        ...(c.settled
          ? {
              settled: c.settled.map((x) => ({
                ...x,
                text: names.text(x.text),
                resolution: names.text(x.resolution),
              })),
            }
          : {}),
        ...(c.details ? { details: c.details.map(names.text) } : {}),
        sources: c.sources.map(names.text),
      })),
    })),
  };
}
