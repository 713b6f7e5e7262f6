import { z } from 'zod';

import { TITLE_LIMIT } from '../../domain/text';
import {
  AgreementReviewRow,
  AgreementRow,
  AgreementVersionRow,
  CardRow,
  DotRow,
  GroupRow,
  Id,
  ParticipantRow,
  PlanTemplateRow,
  PracticabilityScoreRow,
  PresenterStateRow,
  PropositionRow,
  RoomPointRow,
  ScoringRoundRow,
  SessionRow,
  SessionSettingRow,
  StageNoteRow,
  StagePlanRow,
  StageTimerRow,
  Time,
  WorkshopRow,
} from './tableSchemas';

// The JSON backup format, version 1 (docs/backup-format.md; JSON Schema in docs/backup.schema.json,
// generated from this file). Every table a backup may hold is listed, each with the schema of
// its rows (tableSchemas.ts); any other table — recovery snapshots above all — is refused.

export const BACKUP_FORMAT = 'parley-backup';
export const BACKUP_VERSION = 1;
/** Larger than any real away day (10,000 cards is about 4 MB); small enough to parse in a page. */
export const BACKUP_MAX_BYTES = 64 * 1024 * 1024;
/** The format nests five levels at most; anything far deeper is hostile or broken. */
export const BACKUP_MAX_DEPTH = 32;

/** A table of the format, by its rows' schema (tableSchemas.ts). */
const rows = <T extends z.ZodType>(row: T) => z.array(row);

export const BackupScope = z.strictObject({
  kind: z.enum(['session', 'workshop']),
  /** What the organiser sees when asked about this file: a session or away-day title. */
  title: z.string().max(TITLE_LIMIT),
  sessionIds: z.array(Id).min(1).max(1000),
});

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Time,
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }),
  scope: BackupScope,
  tables: z.strictObject({
    workshops: rows(WorkshopRow),
    sessions: rows(SessionRow).min(1),
    propositions: rows(PropositionRow),
    cards: rows(CardRow),
    settings: rows(SessionSettingRow),
    stagePlans: rows(StagePlanRow),
    stageTimers: rows(StageTimerRow),
    stageNotes: rows(StageNoteRow),
    planTemplates: rows(PlanTemplateRow),
    groups: rows(GroupRow),
    participants: rows(ParticipantRow),
    dots: rows(DotRow),
    presenterState: rows(PresenterStateRow),
    agreements: rows(AgreementRow),
    agreementVersions: rows(AgreementVersionRow),
    /** Reviews after the day; files from before reviews existed have none. */
    agreementReviews: rows(AgreementReviewRow).optional(),
    /** Points from phones waiting for review or a reveal; files from before the room have none. */
    roomPoints: rows(RoomPointRow).optional(),
    /** Scoring rounds and each voice's practicability scores; files from before have none. */
    scoringRounds: rows(ScoringRoundRow).optional(),
    practicabilityScores: rows(PracticabilityScoreRow).optional(),
    /** Files from before this rule carry an empty list; a snapshot row is never accepted. */
    snapshots: z.array(z.never()).max(0).optional(),
  }),
});
export type Backup = z.infer<typeof Backup>;
export type BackupRow = Record<string, unknown>;
export type BackupTables = Backup['tables'];

/** The JSON Schema published in docs/backup.schema.json (a test keeps them identical). */
export function backupJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(Backup, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://parley.invalid/backup.schema.json',
    title: 'Parley backup, format version 1',
  };
}
