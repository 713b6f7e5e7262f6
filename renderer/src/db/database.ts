import { Dexie, type EntityTable } from 'dexie';

import type { AgreementState, AgreementVersion } from '#shared/agreement/model';
// — board at scale —
import type { CardGroup, Dot, Participant } from '#shared/board/types';
import type { Card, Proposition, Session, Setting, Workshop } from '#shared/domain/types';
import type { PresenterState } from '#shared/presenter/presenterState';
import type { SnapshotRecord } from '#shared/recovery/snapshot';
// — guided facilitation —
import type { PlanTemplate, StageNote, StagePlan, StageTimer } from '#shared/stages/types';

import { declareSchema } from './schema';

/** The single source of truth (ARCHITECTURE §3). Components read it through hooks; commands write it. */
export class ParleyDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  propositions!: EntityTable<Proposition, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  // — guided facilitation —
  stagePlans!: EntityTable<StagePlan, 'sessionId'>;
  stageTimers!: EntityTable<StageTimer, 'sessionId'>;
  stageNotes!: EntityTable<StageNote, 'id'>;
  planTemplates!: EntityTable<PlanTemplate, 'id'>;

  // — board at scale —
  groups!: EntityTable<CardGroup, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  dots!: EntityTable<Dot, 'id'>;

  // — presenter —
  presenterState!: EntityTable<PresenterState, 'sessionId'>;

  // — agreement —
  agreements!: EntityTable<AgreementState, 'sessionId'>;
  agreementVersions!: EntityTable<AgreementVersion, 'id'>;

  // — recovery —
  snapshots!: EntityTable<SnapshotRecord, 'id'>;

  constructor(name = 'parley') {
    super(name);
    declareSchema(this);
  }
}

/** Every table, so commands, undo and backups can name them with the compiler checking. */
export const TABLE_NAMES = [
  'workshops',
  'sessions',
  'propositions',
  'cards',
  'settings',

  // — guided facilitation —
  'stagePlans',
  'stageTimers',
  'stageNotes',
  'planTemplates',

  // — board at scale —
  'groups',
  'participants',
  'dots',

  // — presenter —
  'presenterState',

  // — agreement —
  'agreements',
  'agreementVersions',

  // — recovery —
  'snapshots',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
