import { describe, expect, it } from 'vitest';

import { buildFullSession } from '#fixtures/backup/fullSession';
import { hostileBackup, type Victim } from '#fixtures/backup/mutations';
import { createTestApp, type TestApp } from '#fixtures/builders';
import { deleteSession } from '#renderer/commands/sessionCommands';
import { takeSnapshot } from '#renderer/commands/snapshotCommands';
import { importBackup, type ConflictChoice } from '#renderer/features/export/commands/importBackup';
import { loadSessionData } from '#renderer/features/export/loadSessionData';
import { parseRoute } from '#renderer/ui/useHashRoute';
import type { SessionId } from '#shared/domain/ids';
import { parseBackup } from '#shared/export/backup/parseBackup';
import type { Backup } from '#shared/export/backup/schema';
import { writeUpDocument } from '#shared/export/layout';
import { toHtml } from '#shared/export/toHtml';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildWriteUp } from '#shared/export/writeUp';
import type { SnapshotRecord } from '#shared/recovery/snapshot';

import { backupText } from './backupSupport';

// The generated hostile-backup suite (docs/backup-format.md): FILES files per run, made by
// mutating a valid backup of a full session. Every file goes through the parser; a sample of
// those accepted is imported into an organiser's database that already holds another session
// and recovery snapshots. Seeded: a failure names the file's index, which remakes it.
const FILES = Number(process.env.HOSTILE_FILES ?? 10_000);
const IMPORTS = Number(process.env.HOSTILE_IMPORTS ?? 240);
const SEED = 20261128;
const REFUSAL = /^Not imported: .+ Nothing was changed\.$/s;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- trimming a parsed file in place
type Json = any;

/**
 * The full session's backup made small, so ten thousand copies parse quickly: the cards other
 * rows point at and a few more, and a short agreement draft — still a row in every table.
 */
function compact(file: Json): Json {
  const t = file.tables;
  const wanted = new Set<string>([
    ...t.dots.map((d: Json) => d.cardId),
    ...t.practicabilityScores.map((r: Json) => r.cardId),
    ...t.cards.flatMap((c: Json) => [...(c.drawsOn ?? []), ...(c.drawsOn ? [c.id] : [])]),
    ...t.cards.filter((c: Json) => c.groupId || c.participantId).map((c: Json) => c.id),
    ...t.presenterState.map((p: Json) => p.spotlightCardId),
  ]);
  t.cards = t.cards.filter((c: Json, i: number) => wanted.has(c.id) || i < 2);
  const draft = (a: Json) => ({
    ...a,
    clauses: a.clauses.filter((c: Json) => !c.contingency).slice(0, 3),
    mandateNotes: a.mandateNotes.slice(0, 2),
  });
  t.agreements = t.agreements.map(draft);
  t.agreementVersions = t.agreementVersions.map((v: Json) => ({ ...v, state: draft(v.state) }));
  // A review accounts only for clauses its (shortened) version still holds.
  const kept = new Set<string>(
    t.agreementVersions.flatMap((v: Json) => v.state.clauses.map((c: Json) => c.id)),
  );
  t.agreementReviews = t.agreementReviews.map((r: Json) => ({
    ...r,
    entries: Object.fromEntries(Object.entries(r.entries).filter(([id]) => kept.has(id))),
  }));
  return file;
}

/** What no import may change: the victim session's whole backup, and the app-wide rows. */
async function untouchable(app: TestApp, sessionId: SessionId): Promise<string> {
  return JSON.stringify({
    session: await backupText(app, sessionId),
    workshops: await app.db.workshops.toArray(),
    templates: await app.db.planTemplates.toArray(),
    chime: await app.db.settings.get('stages.chimeOn'),
  });
}

/** The app can open the session: its route matches, its board and write-up load and render. */
async function expectOpenable(app: TestApp, sessionId: SessionId) {
  expect(parseRoute(`#/session/${sessionId}`)).toEqual({ name: 'session', sessionId });
  const data = await loadSessionData(app.db, sessionId);
  expect(data).not.toBeNull();
  const active = data!.propositions.find((p) => p.id === data!.session.activePropositionId);
  expect(active?.sessionId).toBe(sessionId);
  expect(data!.cards.every((c) => c.sessionId === sessionId)).toBe(true);
  const doc = writeUpDocument(
    buildWriteUp(data!, { anonymise: false, includePrivateNotes: true, generatedAt: 0 }),
  );
  expect(toMarkdown(doc).length).toBeGreaterThan(0);
  expect(toHtml(doc).length).toBeGreaterThan(0);
}

/** Snapshots here before the import are all still there, but for Replace's one safety snapshot. */
function expectRecoveryKept(
  before: SnapshotRecord[],
  after: SnapshotRecord[],
  replaced: boolean,
  now: number,
) {
  const added = after.filter((s) => !before.some((b) => b.id === s.id));
  const kept = before.filter((b) => after.some((s) => s.id === b.id));
  for (const row of kept) expect(after.find((s) => s.id === row.id)).toEqual(row);
  expect(added.length).toBe(replaced ? 1 : 0);
  for (const row of added) {
    expect(row.reason).toBe('before-import');
    expect(row.takenAt).toBeLessThanOrEqual(now);
  }
  // Replace may push out only the oldest by insertion, one for the one it added.
  expect(before.length - kept.length).toBeLessThanOrEqual(added.length);
}

describe('a generated hostile-backup suite', () => {
  it(`refuses with a message or accepts whole each of ${FILES.toLocaleString('en-GB')} files, and no import changes another session or the recovery`, async () => {
    const started = performance.now();
    const source = createTestApp();
    const base = compact(JSON.parse(await backupText(source, (await buildFullSession(source)).id)));
    const baseText = JSON.stringify(base);
    expect(parseBackup(baseText, baseText.length).ok).toBe(true);

    const organiser = createTestApp();
    const victimSession = await buildFullSession(organiser, 'Victim');
    const victimCard = (await organiser.db.cards
      .where('sessionId')
      .equals(victimSession.id)
      .first())!;
    const victim: Victim = {
      sessionId: victimSession.id,
      cardId: victimCard.id,
      propositionId: victimSession.activePropositionId,
    };
    await organiser.commands.run(takeSnapshot, { reason: 'manual', onlyIfChanged: false });
    const protectedRows = await untouchable(organiser, victimSession.id);

    const accepted: { index: number; backup: Backup }[] = [];
    const kinds = new Map<string, { refused: number; accepted: number }>();
    for (let index = 0; index < FILES; index++) {
      const { text, mutations } = hostileBackup(base, SEED, index, victim);
      const result = parseBackup(text, text.length);
      const tally = kinds.get(mutations[0]!) ?? { refused: 0, accepted: 0 };
      kinds.set(mutations[0]!, tally);
      if (!result.ok) {
        tally.refused++;
        if (!REFUSAL.test(result.message))
          throw new Error(`file ${index} (${mutations}): ${result.message}`);
        continue;
      }
      tally.accepted++;
      // Accepted whole: every session of it could be opened by its route.
      for (const s of result.backup.tables.sessions)
        expect(parseRoute(`#/session/${s.id}`), `file ${index}`).toEqual({
          name: 'session',
          sessionId: s.id,
        });
      if (accepted.length < IMPORTS) accepted.push({ index, backup: result.backup });
    }
    const parsedAt = performance.now();

    const choices: (ConflictChoice | undefined)[] = [undefined, 'keep-both', 'replace'];
    let imported = 0;
    let refusedImports = 0;
    for (const [i, { index, backup }] of accepted.entries()) {
      const onConflict = choices[i % choices.length];
      const snapshotsBefore = await organiser.db.snapshots.toArray();
      try {
        const outcome = await organiser.commands.run(importBackup, { backup, onConflict });
        imported++;
        for (const id of outcome.sessionIds) await expectOpenable(organiser, id);
        expectRecoveryKept(
          snapshotsBefore,
          await organiser.db.snapshots.toArray(),
          outcome.replaced > 0,
          organiser.clock.now(),
        );
        // Keep-both copies would pile up; every other import's session is deleted again (as a
        // facilitator would), so the next file meets both a fresh computer and one with a copy.
        if (i % 2)
          for (const sessionId of outcome.sessionIds)
            await organiser.commands.run(deleteSession, { sessionId });
      } catch (error) {
        refusedImports++;
        expect((error as Error).message, `file ${index}`).toMatch(/Replace or Keep both|Not saved/);
        expect(await organiser.db.snapshots.toArray()).toEqual(snapshotsBefore);
      }
      expect(await untouchable(organiser, victimSession.id), `file ${index}`).toBe(protectedRows);
    }
    const done = performance.now();

    console.log(
      `hostile backups: ${FILES} files parsed in ${((parsedAt - started) / 1000).toFixed(1)} s ` +
        `(${[...kinds.values()].reduce((n, k) => n + k.accepted, 0)} accepted); ` +
        `${accepted.length} imported into fake-indexeddb in ${((done - parsedAt) / 1000).toFixed(1)} s ` +
        `(${imported} written, ${refusedImports} refused at import)`,
    );
    console.log(
      [...kinds.entries()]
        .map(([k, v]) => `${k}: ${v.refused} refused / ${v.accepted} accepted`)
        .join('; '),
    );
    // The generator must exercise both sides, or the suite proves nothing.
    expect(accepted.length).toBe(IMPORTS);
    expect(imported).toBeGreaterThan(IMPORTS / 2);
    for (const [kind, tally] of kinds)
      if (!['harmlessEdit', 'extraField', 'duplicateRow', 'claimVictimId'].includes(kind))
        expect(tally.refused, kind).toBeGreaterThan(0);
  }, 600_000);
});
