import { ParleyDb } from './database';

let instance: ParleyDb | null = null;

/** The window's database. Tests construct their own ParleyDb on fake-indexeddb instead. */
export function appDb(): ParleyDb {
  instance ??= new ParleyDb();
  return instance;
}
