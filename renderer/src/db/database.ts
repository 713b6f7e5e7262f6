import { Dexie, type EntityTable } from 'dexie';

import type { AgreementState, AgreementVersion } from '#shared/agreement/model';
import type { AgreementReview } from '#shared/agreement/reviewTypes';
import type { CardGroup, Dot, Participant } from '#shared/board/types';
import type { PracticabilityScoreRow } from '#shared/domain/practicability';
import type { Card, Proposition, Session, Setting, Workshop } from '#shared/domain/types';
import type { PresenterState } from '#shared/presenter/presenterState';
import type { SnapshotRecord } from '#shared/recovery/snapshot';
import type { RoomPoint } from '#shared/room/roomPoint';
import type { ScoringRound } from '#shared/room/scoringRound';
import type { PlanTemplate, StageNote, StagePlan, StageTimer } from '#shared/stages/types';

import { announceAfterPaintMiddleware } from './announceAfterPaint';
import { declareSchema } from './schema';

/**
 * The single source of truth (docs/architecture.md, "Data flow"). Components read it through hooks;
 * commands write it.
 */
export class ParleyDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  propositions!: EntityTable<Proposition, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  // Each group below is written by one feature's commands (features/<feature>/commands).
  // features/stages: the stage plan, its timer, private notes, plan templates.
  stagePlans!: EntityTable<StagePlan, 'sessionId'>;
  stageTimers!: EntityTable<StageTimer, 'sessionId'>;
  stageNotes!: EntityTable<StageNote, 'id'>;
  planTemplates!: EntityTable<PlanTemplate, 'id'>;

  // features/board: named groups, participants, dot votes.
  groups!: EntityTable<CardGroup, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  dots!: EntityTable<Dot, 'id'>;

  // features/presenter: what the room view shows.
  presenterState!: EntityTable<PresenterState, 'sessionId'>;

  // features/agreement: the draft, its frozen versions and the reviews after the day.
  agreements!: EntityTable<AgreementState, 'sessionId'>;
  agreementVersions!: EntityTable<AgreementVersion, 'id'>;
  /** Reviews of an agreed version after the day (docs/review.md). */
  agreementReviews!: EntityTable<AgreementReview, 'id'>;

  // features/recovery: rolling snapshots of every other table.
  snapshots!: EntityTable<SnapshotRecord, 'id'>;

  // — the room —
  roomPoints!: EntityTable<RoomPoint, 'id'>;
  /** Practicability scoring rounds on the phones (features/room). */
  scoringRounds!: EntityTable<ScoringRound, 'id'>;

  // features/synthesis and features/room: each voice's practicability score of a card.
  practicabilityScores!: EntityTable<PracticabilityScoreRow, 'id'>;

  constructor(name = 'parley') {
    // Dexie 4's query cache is off. Its gain is optimistic results for writes outside explicit
    // transactions, and Parley has none (commands write in one explicit transaction each). Its
    // cost fell on every commit: it re-ran each live query the commit touched, and Dexie's own
    // live-query listener then aborted that read and ran it again, so each card added started
    // two reads of its lane inside the commit's task, before the card could be drawn
    // (docs/architecture.md, "Performance budgets").
    super(name, { cache: 'disabled' });
    declareSchema(this);
    this.use(announceAfterPaintMiddleware);
  }
}

/** Every table, so commands, undo and backups can name them with the compiler checking. */
export const TABLE_NAMES = [
  'workshops',
  'sessions',
  'propositions',
  'cards',
  'settings',

  // In the order of the fields above: a snapshot or backup lists its tables in this order.
  'stagePlans',
  'stageTimers',
  'stageNotes',
  'planTemplates',

  'groups',
  'participants',
  'dots',

  'presenterState',

  'agreements',
  'agreementVersions',
  'agreementReviews',

  'snapshots',

  // — the room —
  'roomPoints',
  'scoringRounds',

  'practicabilityScores',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
