import { Dexie, type EntityTable } from 'dexie';
import type { Card, Proposition, Session, Setting, Workshop } from '../../../shared/domain/types';
import { declareSchema } from './schema';

/** The single source of truth (ARCHITECTURE §3). Components read it through hooks; commands write it. */
export class ParleyDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  propositions!: EntityTable<Proposition, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'parley') {
    super(name);
    declareSchema(this);
  }
}

export type TableName = 'workshops' | 'sessions' | 'propositions' | 'cards' | 'settings';
export const TABLE_NAMES: readonly TableName[] = ['workshops', 'sessions', 'propositions', 'cards', 'settings'];
