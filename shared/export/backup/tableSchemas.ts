import { z } from 'zod';

import { CONSENT_SCALE_IDS } from '../../agreement/consentTypes';
import { CLAUSE_STATUSES, SECTION_IDS } from '../../agreement/model';
import { REVIEW_OUTCOMES } from '../../agreement/reviewTypes';
import { ID_PATTERN } from '../../domain/ids';
import { LANE_IDS } from '../../domain/lanes';
import { FACILITATOR_VOICE } from '../../domain/practicability';
import { CARD_TEXT_LIMIT, PROPOSITION_LIMIT, TITLE_LIMIT } from '../../domain/text';
import { CARD_KINDS } from '../../domain/types';
import { PRESENTER_MODES, PRESENTER_THEMES } from '../../presenter/presenterState';
import { ROOM_NAME_LIMIT } from '../../room/constants';
import { POINT_STATUSES, PracticabilityScore } from '../../room/protocol';
import { STAGE_KINDS } from '../../stages/types';

// One zod schema per table a backup (or a recovery snapshot) may hold, for every field the app
// reads (docs/backup-format.md). Rows stay loose: a field a later build adds is carried, and the
// generic guards of parseBackup (depth, keys, control characters) still apply to it.

/** Every primary id: what the routes accept (`#/session/<id>`), so an imported session opens. */
export const Id = z.string().regex(ID_PATTERN, 'an id of 1–64 letters, digits, "_" or "-"');
export const Time = z.number().int().min(0);
/** Free text the app does not limit more tightly (notes, prompts, agreement details). */
const LONG_TEXT = 10_000;
const text = (max: number) => z.string().max(max);
const Lane = z.enum(LANE_IDS);

export const WorkshopRow = z.looseObject({
  id: Id,
  name: text(TITLE_LIMIT),
  date: text(100).nullable(),
  venue: text(TITLE_LIMIT).nullable(),
  createdAt: Time,
  updatedAt: Time,
});
export const SessionRow = z.looseObject({
  id: Id,
  workshopId: Id.nullable(),
  title: text(TITLE_LIMIT).min(1),
  activePropositionId: Id,
  createdAt: Time,
  updatedAt: Time,
});
export const PropositionRow = z.looseObject({
  id: Id,
  sessionId: Id,
  text: text(PROPOSITION_LIMIT).min(1),
  order: z.number(),
  createdAt: Time,
});
export const CardRow = z.looseObject({
  id: Id,
  sessionId: Id,
  propositionId: Id,
  lane: Lane,
  text: text(CARD_TEXT_LIMIT).min(1),
  kind: z.enum(CARD_KINDS),
  order: z.number(),
  createdAt: Time,
  updatedAt: Time,
  groupId: Id.nullable().optional(),
  participantId: Id.nullable().optional(),
  tally: z.number().int().min(0).optional(),
  votes: z.number().min(0).optional(),
  drawsOn: z.array(Id).max(1000).optional(),
  surprising: z.boolean().optional(),
  /** Evidence, capacity and control, each 1–5 (practicability points; docs/synthesis.md). */
  practicability: PracticabilityScore.nullable().optional(),
  /** How many times any voice has scored it: undo's check against phones scoring since. */
  practicabilityRevision: z.number().int().min(0).optional(),
});

/** The one setting that belongs to a session: its dot budget (`board.voteBudget.<sessionId>`). */
export const VOTE_BUDGET_KEY = /^board\.voteBudget\.([\w-]{1,64})$/;
export const SessionSettingRow = z.strictObject({
  key: z.string().regex(VOTE_BUDGET_KEY, 'a session’s dot budget setting'),
  value: z.number().int().min(1).max(99),
});

const Stage = z.looseObject({
  id: Id,
  kind: z.enum(STAGE_KINDS),
  title: text(TITLE_LIMIT),
  purpose: text(LONG_TEXT),
  prompts: z.array(text(LONG_TEXT)).max(100),
  durationMs: z.number().int().min(0),
  lane: Lane.nullable(),
  /** The kind cards captured in this stage get (the Frame stage: definitions); optional. */
  captureKind: z.enum(CARD_KINDS).optional(),
});
const Stages = z.array(Stage).max(100);
export const StagePlanRow = z.looseObject({
  sessionId: Id,
  stages: Stages.min(1),
  currentStageId: Id,
  runStartedAt: Time.nullable(),
  actualStarts: z.record(Id, Time),
  updatedAt: Time,
});
export const StageTimerRow = z.looseObject({
  sessionId: Id,
  stageId: Id,
  durationMs: z.number().int().min(0),
  startedAt: Time.nullable(),
  pausedRemainingMs: z.number().nullable(),
});
export const StageNoteRow = z.looseObject({
  id: z.string().max(140),
  sessionId: Id,
  stageId: Id,
  text: text(LONG_TEXT),
  updatedAt: Time,
});
export const PlanTemplateRow = z.looseObject({
  id: Id,
  name: text(TITLE_LIMIT),
  stages: Stages,
  createdAt: Time,
  updatedAt: Time,
});

export const GroupRow = z.looseObject({
  id: Id,
  sessionId: Id,
  propositionId: Id,
  lane: Lane,
  name: text(TITLE_LIMIT),
  collapsed: z.boolean(),
  createdAt: Time,
});
export const ParticipantRow = z.looseObject({
  id: Id,
  sessionId: Id,
  name: text(TITLE_LIMIT),
  party: text(TITLE_LIMIT),
  order: z.number(),
  createdAt: Time,
});
/**
 * A phone in the room votes and gives stances as a voice of its own, `room:<phoneId>`
 * (shared/room/roomVoice.ts), never a participant row.
 */
export const RoomVoice = z.string().regex(/^room:[\w-]{4,64}$/, 'a phone in the room');
export const isRoomVoice = (id: string): boolean => RoomVoice.safeParse(id).success;
const Voter = z.union([Id, RoomVoice]);

export const DotRow = z.looseObject({
  id: z.string().max(140),
  sessionId: Id,
  propositionId: Id,
  cardId: Id,
  participantId: Voter,
  count: z.number().int().min(0).max(99),
});

export const PresenterStateRow = z.looseObject({
  sessionId: Id,
  mode: z.enum(PRESENTER_MODES),
  blank: z.boolean(),
  spotlightCardId: Id.nullable(),
  hiddenLanes: z.array(Lane).max(LANE_IDS.length),
  textScale: z.number().min(0.1).max(10),
  theme: z.enum(PRESENTER_THEMES),
  panelOpen: z.boolean(),
  updatedAt: Time,
});

const Detail = text(LONG_TEXT);
const Party = z.looseObject({
  id: Id,
  name: Detail,
  represents: Detail,
  mandate: Detail,
  role: z.enum(['service', 'community', 'other']),
});
/** Provenance: may name a card deleted since ("a card since deleted" on the agreement screen). */
const SourceCardIds = z.array(Id).max(1000);
const SourceKey = text(200).nullable();
const MandateNote = z.looseObject({
  id: Id,
  text: Detail,
  partyId: Id.nullable(),
  sourceCardIds: SourceCardIds,
  sourceKey: SourceKey,
});
/** How a standing objection ended (shared/agreement/model.ts, ObjectionResolution). */
const ObjectionResolution = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('amended'), at: Time, amendments: z.number().int().min(0) }),
  z.looseObject({ kind: z.literal('withdrawn'), at: Time }),
  z.looseObject({ kind: z.literal('overruled'), at: Time, reason: Detail }),
  z.looseObject({ kind: z.literal('party-removed'), at: Time, partyName: Detail }),
  z.looseObject({ kind: z.literal('settled-unrecorded'), at: Time }),
]);
// The v3 fields are optional so a backup written before them still imports (and is upgraded).
const Objection = z.looseObject({
  /** `${clauseId}:o${n}`: unique within its clause, so not an Id. */
  id: text(200).optional(),
  partyId: Id,
  text: Detail,
  at: Time,
  resolvedAt: Time.nullable(),
  resolution: ObjectionResolution.nullable().optional(),
  awaitingStanceSince: Time.nullable().optional(),
  roundId: Id.nullable().optional(),
  /** Set when the objecting party was removed: the record keeps its name. */
  partyName: Detail.optional(),
});
const Definition = z.looseObject({
  id: Id,
  term: Detail,
  meaning: Detail,
  sourceCardIds: z.array(Id).max(1000),
  sourceKey: text(200).nullable(),
});
const ConsentRound = z.looseObject({
  id: Id,
  target: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('clause'), clauseId: Id }),
    z.looseObject({ kind: z.literal('draft') }),
  ]),
  scale: z.enum(CONSENT_SCALE_IDS),
  subject: Detail,
  revision: z.number().int().min(0),
  openedAt: Time,
  revealedAt: Time.nullable(),
  stances: z
    .array(
      z.looseObject({
        partyId: Id,
        speaker: text(200),
        participantId: Voter.nullable(),
        value: z.number().int().min(0).max(8),
        reason: Detail,
        at: Time,
        source: z.enum(['scribe', 'phone']),
      }),
    )
    .max(1000),
});
const Clause = z.looseObject({
  id: Id,
  section: z.enum(SECTION_IDS),
  text: Detail,
  partyId: Id.nullable(),
  level: z.looseObject({ what: Detail, standard: Detail, frequency: Detail }).nullable(),
  contingency: z
    .looseObject({
      condition: Detail,
      consequence: Detail,
      objectiveIds: z.array(Id).max(1000),
      commitmentIds: z.array(Id).max(1000),
    })
    .nullable(),
  review: z
    .looseObject({ reporter: Detail, reportsTo: Detail, measure: Detail, reviewDate: text(20) })
    .nullable(),
  status: z.enum(CLAUSE_STATUSES),
  sourceCardIds: SourceCardIds,
  origin: z.enum(['generated', 'manual']),
  sourceKey: SourceKey,
  edited: z.boolean(),
  amendments: z
    .array(
      z.looseObject({
        at: Time,
        partyId: Id.nullable(),
        oldText: Detail,
        newText: Detail,
        reason: Detail,
      }),
    )
    .max(1000),
  objections: z.array(Objection).max(1000),
  // Optional: drafts written before schema v3 have none (shared/agreement/upgrade.ts reads them).
  followUp: z
    .looseObject({
      owner: Detail,
      ownerKind: z.enum(['party', 'person', 'none']),
      nextStep: Detail,
    })
    .nullable()
    .optional(),
  // Optional: only commitments with a due date carry one (docs/review.md).
  dueDate: text(20).optional(),
  assent: z.record(Id, z.looseObject({ at: Time })),
  createdAt: Time,
  updatedAt: Time,
});
export const AgreementRow = z.looseObject({
  sessionId: Id,
  parties: z.array(Party).max(100),
  mandateNotes: z.array(MandateNote).max(1000),
  clauses: z.array(Clause).max(2000),
  definitions: z.array(Definition).max(1000).optional(),
  consentRounds: z.array(ConsentRound).max(5000).optional(),
  // Optional: drafts from before objections to the whole draft have none.
  draftObjections: z.array(Objection).max(1000).optional(),
  draftAssent: z.record(Id, z.looseObject({ at: Time, revision: z.number().int().min(0) })),
  declinedKeys: z.array(text(200)).max(10_000),
  revision: z.number().int().min(0),
  generatedAt: Time.nullable(),
  createdAt: Time,
  updatedAt: Time,
});
export const AgreementVersionRow = z.looseObject({
  id: Id,
  sessionId: Id,
  number: z.number().int().min(1),
  takenAt: Time,
  label: text(TITLE_LIMIT),
  state: AgreementRow,
});

const ReviewEntry = z.looseObject({
  outcome: z.enum(REVIEW_OUTCOMES),
  evidence: text(LONG_TEXT),
  reportedBy: Detail,
  change: text(LONG_TEXT),
  at: Time,
});
/** A review of an agreed version after the day (docs/review.md); schema v5. */
export const AgreementReviewRow = z.looseObject({
  id: Id,
  sessionId: Id,
  versionId: Id,
  versionNumber: z.number().int().min(1),
  startedAt: Time,
  updatedAt: Time,
  entries: z.record(Id, ReviewEntry),
  nextReviewDate: text(20),
  finishedAt: Time.nullable(),
  outcomeVersionId: Id.nullable(),
});

/**
 * A point a phone sent (shared/room/roomPoint.ts): the inbox of a review-first stage, the hidden
 * pile of a silent one, and the record of where each phone's point went. Its id is the one the
 * phone made.
 */
export const RoomPointRow = z.looseObject({
  id: Id,
  sessionId: Id,
  propositionId: Id,
  stageId: Id,
  lane: Lane,
  text: text(CARD_TEXT_LIMIT).min(1),
  name: text(ROOM_NAME_LIMIT).nullable(),
  party: text(ROOM_NAME_LIMIT).nullable(),
  phoneId: Id,
  status: z.enum(POINT_STATUSES),
  cardId: Id.nullable(),
  createdAt: Time,
  updatedAt: Time,
});

/**
 * One voice's practicability score of a card (docs/synthesis.md): the facilitator's, or a phone's
 * (`room:<phoneId>`). The card's own `practicability` is their combination.
 */
export const PracticabilityScoreRow = z.looseObject({
  id: z.string().max(140),
  sessionId: Id,
  propositionId: Id,
  cardId: Id,
  voterId: z.union([z.literal(FACILITATOR_VOICE), RoomVoice]),
  ...PracticabilityScore.shape,
  at: Time,
});

/** A scoring round on the phones (shared/room/scoringRound.ts): open while `closedAt` is null. */
export const ScoringRoundRow = z.looseObject({
  id: Id,
  sessionId: Id,
  propositionId: Id,
  openedAt: Time,
  closedAt: Time.nullable(),
});

/**
 * The tables a backup holds, each with its rows' schema. Never `snapshots` (this computer's
 * safety net) and never an app-wide setting: docs/backup-format.md, "What a backup may hold".
 */
export const BACKUP_TABLE_ROWS = {
  workshops: WorkshopRow,
  sessions: SessionRow,
  propositions: PropositionRow,
  cards: CardRow,
  settings: SessionSettingRow,
  stagePlans: StagePlanRow,
  stageTimers: StageTimerRow,
  stageNotes: StageNoteRow,
  planTemplates: PlanTemplateRow,
  groups: GroupRow,
  participants: ParticipantRow,
  dots: DotRow,
  presenterState: PresenterStateRow,
  agreements: AgreementRow,
  agreementVersions: AgreementVersionRow,
  agreementReviews: AgreementReviewRow,
  roomPoints: RoomPointRow,
  scoringRounds: ScoringRoundRow,
  practicabilityScores: PracticabilityScoreRow,
} as const;
export type BackupTableName = keyof typeof BACKUP_TABLE_ROWS;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLE_ROWS) as BackupTableName[];

/** Each table's primary key field (docs/backup-format.md; the Dexie schema says the same). */
export const BACKUP_PRIMARY_KEYS: Readonly<Record<BackupTableName, string>> = {
  workshops: 'id',
  sessions: 'id',
  propositions: 'id',
  cards: 'id',
  settings: 'key',
  stagePlans: 'sessionId',
  stageTimers: 'sessionId',
  stageNotes: 'id',
  planTemplates: 'id',
  groups: 'id',
  participants: 'id',
  dots: 'id',
  presenterState: 'sessionId',
  agreements: 'sessionId',
  agreementVersions: 'id',
  agreementReviews: 'id',
  roomPoints: 'id',
  scoringRounds: 'id',
  practicabilityScores: 'id',
};
