import { LANE_IDS, LANES, type LaneId } from '../domain/lanes';
import type { Card, CardKind, EpochMs, Proposition, Session, Workshop } from '../domain/types';
import type { AgreementPart } from './agreementPart';
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
  /** cardId → who raised it. */
  attributions?: Record<string, string>;
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
}

/** The names to anonymise: the participants, else whoever the cards are attributed to. */
function anonymiserFor(data: SessionData): NameAnonymiser {
  const attributed = Object.values(data.attributions ?? {}).map((who) => who.split(', ')[0]!);
  return nameAnonymiser([...(data.participantNames ?? []), ...attributed]);
}

/** Leaves every name as typed. */
const KEEP_NAMES: NameAnonymiser = { label: (who) => who, text: (text) => text };

export function buildWriteUp(data: SessionData, options: ExportOptions): SessionWriteUp {
  const names = options.anonymise ? anonymiserFor(data) : KEEP_NAMES;
  const surprising = new Set(data.surprising ?? []);
  const toPoint = (card: Card): WriteUpPoint => {
    const point: WriteUpPoint = { text: names.text(card.text), kind: card.kind };
    const who = data.attributions?.[card.id];
    if (who) point.attribution = names.label(who);
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
    propositions: propositions.map((p) => ({
      text: names.text(p.text),
      lenses: LANE_IDS.filter((lane) => LANES[lane].isLens).map((lane) => ({
        lane,
        label: LANES[lane].label,
        question: LANES[lane].question,
        points: cardsByLane(p.id, lane),
      })),
      conclusions: cardsByLane(p.id, 'conclusions'),
      openQuestions: cardsByLane(p.id, 'questions'),
    })),
  };
  if (data.groups?.length) {
    const textOf = new Map(data.cards.map((c) => [c.id as string, names.text(c.text)]));
    writeUp.groups = data.groups.map((g) => ({
      name: names.text(g.name),
      points: g.cardIds.map((id) => textOf.get(id)).filter((t): t is string => t !== undefined),
    }));
  }
  if (data.stagePlan?.length) writeUp.stagePlan = data.stagePlan;
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

function anonymiseAgreement(agreement: AgreementPart, names: NameAnonymiser): AgreementPart {
  return {
    ...agreement,
    sections: agreement.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => ({
        ...c,
        text: names.text(c.text),
        assent: c.assent.map((a) => ({ ...a, who: names.label(a.who) })),
        contests: c.contests.map((x) => ({
          who: x.who ? names.label(x.who) : x.who,
          text: names.text(x.text),
        })),
        ...(c.details ? { details: c.details.map(names.text) } : {}),
        sources: c.sources.map(names.text),
      })),
    })),
  };
}
