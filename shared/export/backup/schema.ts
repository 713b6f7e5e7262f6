import { z } from 'zod';

import { LANE_IDS } from '../../domain/lanes';
import { CARD_TEXT_LIMIT, PROPOSITION_LIMIT, TITLE_LIMIT } from '../../domain/text';
import { CARD_KINDS } from '../../domain/types';

// The JSON backup format, version 1 (docs/backup-format.md; JSON Schema in docs/backup.schema.json,
// generated from this file). The five tables of the skeleton are checked field by field; tables
// other features add are carried generically (rows are plain JSON objects with their primary
// key) and checked by the generic guards in parseBackup.

export const BACKUP_FORMAT = 'parley-backup';
export const BACKUP_VERSION = 1;
/** Larger than any real away day (10,000 cards is about 4 MB); small enough to parse in a page. */
export const BACKUP_MAX_BYTES = 64 * 1024 * 1024;
/** The format nests five levels at most; anything far deeper is hostile or broken. */
export const BACKUP_MAX_DEPTH = 32;

const Id = z.string().min(1).max(200);
const Time = z.number().int().min(0);

// Known fields are typed strictly; extra fields a later table shape adds are kept (loose), so a
// backup from a build with more board features still round-trips through this one.
export const WorkshopRow = z.looseObject({
  id: Id,
  name: z.string().max(TITLE_LIMIT),
  date: z.string().max(100).nullable(),
  venue: z.string().max(TITLE_LIMIT).nullable(),
  createdAt: Time,
  updatedAt: Time,
});
export const SessionRow = z.looseObject({
  id: Id,
  workshopId: Id.nullable(),
  title: z.string().min(1).max(TITLE_LIMIT),
  activePropositionId: Id,
  createdAt: Time,
  updatedAt: Time,
});
export const PropositionRow = z.looseObject({
  id: Id,
  sessionId: Id,
  text: z.string().min(1).max(PROPOSITION_LIMIT),
  order: z.number(),
  createdAt: Time,
});
export const CardRow = z.looseObject({
  id: Id,
  sessionId: Id,
  propositionId: Id,
  lane: z.enum(LANE_IDS),
  text: z.string().min(1).max(CARD_TEXT_LIMIT),
  kind: z.enum(CARD_KINDS),
  order: z.number(),
  createdAt: Time,
  updatedAt: Time,
});
export const SettingRow = z.strictObject({ key: z.string().min(1).max(200), value: z.unknown() });
/** A row of a table this format version does not describe field by field. */
export const GenericRow = z.record(z.string(), z.unknown());

export const BackupScope = z.strictObject({
  kind: z.enum(['session', 'workshop']),
  /** What the organiser sees when asked about this file: a session or away-day title. */
  title: z.string().max(TITLE_LIMIT),
  sessionIds: z.array(Id).min(1),
});

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Time,
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }),
  scope: BackupScope,
  tables: z
    .strictObject({
      workshops: z.array(WorkshopRow),
      sessions: z.array(SessionRow).min(1),
      propositions: z.array(PropositionRow),
      cards: z.array(CardRow),
      settings: z.array(SettingRow),
    })
    .catchall(z.array(GenericRow)),
});
export type Backup = z.infer<typeof Backup>;
export type BackupRow = Record<string, unknown>;

/** The JSON Schema published in docs/backup.schema.json (a test keeps them identical). */
export function backupJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(Backup, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://parley.invalid/backup.schema.json',
    title: 'Parley backup, format version 1',
  };
}
