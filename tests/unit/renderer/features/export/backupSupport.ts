import { expect } from 'vitest';

import { buildFullSession } from '#fixtures/backup/fullSession';
import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { createBackup, serialiseBackup } from '#renderer/features/export/createBackup';
import type { SessionId } from '#shared/domain/ids';
import { parseBackup } from '#shared/export/backup/parseBackup';
import type { Backup } from '#shared/export/backup/schema';

export async function backupText(app: TestApp, sessionId: SessionId): Promise<string> {
  return serialiseBackup(
    await createBackup(
      app.db,
      { kind: 'session', sessionId },
      { now: 1_800_000_000_000, appVersion: '0.1.0' },
    ),
  );
}

export function parseOk(app: TestApp, text: string): Backup {
  const result = parseBackup(text, text.length);
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshot(app: TestApp): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of app.db.tables) out[table.name] = await table.toArray();
  return out;
}

/** A session of two cards, its backup, and a third card added after the backup was made. */
export async function changedSinceBackup(app: TestApp) {
  const { session } = await buildSession(app, { cards: 2 });
  const backup = parseOk(app, await backupText(app, session.id));
  await app.commands.run(addCard, {
    sessionId: session.id,
    lane: 'legitimacy',
    text: 'added after the backup',
  });
  return { session, backup };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary places of a parsed file
export type Json = Record<string, any>;

/**
 * A backup of a full session (a row in every table), with `mutate` to change a copy of it and
 * `refusal` to check that the parser refuses the copy and say why.
 */
export async function fullBackup() {
  const app = createTestApp();
  const session = await buildFullSession(app);
  const text = await backupText(app, session.id);
  const mutate = (change: (b: Json) => void) => {
    const b = JSON.parse(text);
    change(b);
    return JSON.stringify(b);
  };
  const refusal = (changed: string) => {
    const result = parseBackup(changed, changed.length);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  };
  return { app, session, text, mutate, refusal };
}
