import { readFileSync } from 'node:fs';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import {
  addParticipants,
  card,
  openParticipants,
  pressOnBoard,
  region,
} from './support/boardScale';
import { exportAs } from './support/exportFiles';
import {
  expectEverySessionOpens,
  expectRefused,
  expectSessionsHere,
  exportBackup,
  importFromHome,
  importReplacing,
  writeBackupFile,
  type BackupJson,
} from './support/importFiles';
import { sessionIdOf } from './support/presenter';

// Issue 17: each finding of the review of 444ba54, and the test that would have caught it.
// Through the UI here (an organiser importing a file); the rest in unit tests.
//
// finding                                        | test
// -----------------------------------------------+------------------------------------------------
// backup fills `snapshots`, evicts real ones     | here "far-future snapshot rows…"; export.spec
//                                                |  "Replace can be undone… snapshot rows refused";
//                                                |  unit backupFormat, snapshotCommands, hostile…
// restoring writes unvalidated rows              | unit snapshotCommands "restoring validates…"
// rows attach to other sessions                  | here "rows naming another session…";
//                                                |  unit backupFormat, hostileBackups
// fields not type-checked (text: 42, drawsOn: 5) | here "text: 42 and drawsOn: 5…"; unit backupFormat
// Replace cannot be undone                       | export.spec "Replace can be undone…";
//                                                |  unit importReversible
// undo history survives Replace                  | here "Ctrl+Z after Replace…"; export.spec;
//                                                |  unit importReversible
// ids the routes cannot open                     | here "an id the routes cannot open…";
//                                                |  unit backupFormat "accepts only ids…"
// Keep both twice fails; remap rewrites text     | here "the same file kept three times…";
//                                                |  unit importReversible "Keep both"
// delete selected: a transaction per card        | here "Delete selected…"; unit selectionCommands
// atomic write never flushes                     | unit electron/main/ipc/fileHandlers
// snapshot-file prune count from the page        | unit electron/main/recovery/snapshotFiles
// PARLEY_DEV / PARLEY_USER_DATA when packaged    | tests/package/mainBundle
// room view may call every IPC channel           | unit registerHandlers; tests/package/mainBundle
// bare links in Markdown become clickable        | here "a bare link…"; unit shared/export/renderers
// macOS: no `activate` handler                   | tests/package/mainBundle "re-opens… on activate"
// single-session backup drops its vote budget    | here "a single-session backup keeps…";
//                                                |  unit backupFormat "a full session round-trips"

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A session with two cards and a participant, and its backup. */
async function groupBBackup(page: Page): Promise<BackupJson> {
  await createSessionViaUi(page, 'Group B', 'Outcomes are negotiated, not delivered.');
  await addCardViaUi(page, 'Legitimacy', 'Who gave the mandate?');
  await addCardViaUi(page, 'Conclusions', 'Residents decide together');
  await addParticipants(page, [['Bo', 'Council']]);
  await page
    .getByRole('dialog', { name: 'Participants' })
    .getByRole('button', { name: 'Done' })
    .click();
  return exportBackup(page);
}

/** Another computer: a fresh browser profile with its own session, which no file may change. */
async function organiserLaptop(browser: Browser): Promise<{ page: Page; victimId: string }> {
  const page = await (await browser.newContext()).newPage();
  await createSessionViaUi(page, 'Victim', 'The council keeps the budget.');
  await addCardViaUi(page, 'Legitimacy', 'Only the victim’s card');
  await addParticipants(page, [['Asha', 'Residents']]);
  await page
    .getByRole('dialog', { name: 'Participants' })
    .getByRole('button', { name: 'Done' })
    .click();
  return { page, victimId: sessionIdOf(page) };
}

/** The Victim session's board, participants and dot budget are exactly as they were made. */
async function expectVictimUnchanged(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: /Victim/ }).click();
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText([
    'Only the victim’s card',
  ]);
  await openParticipants(page);
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await expect(
    dialog.getByRole('list', { name: 'Participants' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(dialog.getByRole('list', { name: 'Participants' })).toContainText('Asha');
  await expect(dialog.getByRole('spinbutton', { name: 'Dots per person' })).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Done' }).click();
}

test('rows naming another session on this computer are refused, and that session is unchanged', async ({
  page,
  browser,
}) => {
  const backup = await groupBBackup(page);
  const { page: laptop, victimId } = await organiserLaptop(browser);
  const [bo] = backup.tables.participants;
  // A participant and a dot budget for the Victim session, which the file does not hold.
  backup.tables.participants.push({
    ...bo,
    id: 'planted-person',
    name: 'Mallory',
    sessionId: victimId,
  });
  backup.tables.settings.push({ key: `board.voteBudget.${victimId}`, value: 1 });
  await importFromHome(laptop, writeBackupFile('planted.parley.json', backup));
  await expectRefused(laptop, 'a participant belongs to a session that is not in the file');
  await expectVictimUnchanged(laptop);
  await expectSessionsHere(laptop, 1);
  await laptop.reload();
  await expectVictimUnchanged(laptop);
  await laptop.context().close();
});

test('text: 42 and drawsOn: 5 are refused with the field named, and nothing is changed', async ({
  page,
  browser,
}) => {
  const backup = await groupBBackup(page);
  const { page: laptop } = await organiserLaptop(browser);
  const cases: [string, (b: BackupJson) => void, string][] = [
    ['text.parley.json', (b) => (b.tables.cards[0].text = 42), 'tables.cards[0].text'],
    ['draws-on.parley.json', (b) => (b.tables.cards[1].drawsOn = 5), 'tables.cards[1].drawsOn'],
  ];
  for (const [name, change, field] of cases) {
    const hostile = structuredClone(backup);
    change(hostile);
    await importFromHome(laptop, writeBackupFile(name, hostile));
    await expectRefused(laptop, field);
    await expectSessionsHere(laptop, 1);
  }
  await expectVictimUnchanged(laptop);
  await laptop.context().close();
});

test('an id the routes cannot open is refused, so every session on this computer opens', async ({
  page,
  browser,
}) => {
  const backup = await groupBBackup(page);
  const sessionId: string = backup.tables.sessions[0].id;
  const { page: laptop } = await organiserLaptop(browser);
  for (const odd of ['group b/../victim', 'x'.repeat(65)]) {
    // The odd id everywhere the session's id is, so only the id itself is wrong.
    const text = JSON.stringify(backup).replaceAll(sessionId, odd);
    await importFromHome(laptop, writeBackupFile('odd-id.parley.json', text));
    await expectRefused(laptop, 'an id of 1–64 letters, digits, "_" or "-"');
  }
  await expectEverySessionOpens(laptop);
  await expectSessionsHere(laptop, 1);
  await laptop.context().close();
});

test('the same file kept three times gives sessions that all open, and text equal to an id unchanged', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Group B', 'Outcomes are negotiated, not delivered.');
  // Cards whose words are also ids of the file below: P1 is its proposition, B its session.
  await addCardViaUi(page, 'Legitimacy', 'P1');
  await addCardViaUi(page, 'Legitimacy', 'B');
  const exported = JSON.stringify(await exportBackup(page));
  // Short ids, as another tool (or a hand) might write them: every UUID of the file renamed.
  const short = new Map<string, string>();
  const file = JSON.parse(exported);
  short.set(file.tables.sessions[0].id, 'B');
  short.set(file.tables.propositions[0].id, 'P1');
  const text = exported.replace(UUID, (id) => {
    if (!short.has(id)) short.set(id, `r${short.size}`);
    return short.get(id)!;
  });
  const path = writeBackupFile('short-ids.parley.json', text);

  const laptop = await (await browser.newContext()).newPage();
  await importFromHome(laptop, path);
  await expect(laptop.getByRole('heading', { name: 'Group B' })).toBeVisible();
  for (let copy = 0; copy < 2; copy++) {
    await importFromHome(laptop, path);
    await laptop
      .getByRole('dialog', { name: 'Import “Group B”' })
      .getByRole('button', { name: 'Keep both' })
      .click();
    await expect(laptop.getByRole('heading', { name: 'Group B (imported copy)' })).toBeVisible();
  }
  await expectSessionsHere(laptop, 3);
  await expectEverySessionOpens(laptop, () =>
    expect(region(laptop, 'Legitimacy').getByRole('listitem')).toHaveText(['P1', 'B']),
  );
  await laptop.context().close();
});

test('far-future snapshot rows are refused and never evict the real snapshots on Restore', async ({
  page,
  browser,
}) => {
  const backup = await groupBBackup(page);
  const { page: laptop } = await organiserLaptop(browser);
  const restore = async () => {
    await laptop.goto('/');
    await laptop.getByRole('button', { name: 'Restore' }).click();
  };
  const snapshots = laptop.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await restore();
  await laptop.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(snapshots).toHaveCount(1);

  // Ten rows dated 2100: enough to push every real snapshot out if they were kept by date.
  backup.tables.snapshots = Array.from({ length: 10 }, (_, i) => ({
    id: `planted-${i}`,
    takenAt: 4_102_444_800_000 + i,
    reason: 'auto',
    counts: { sessions: 1, cards: 99 },
    fingerprint: `planted-${i}`,
    bytes: 2,
    json: '{}',
  }));
  await importFromHome(laptop, writeBackupFile('planted-snapshots.parley.json', backup));
  await expectRefused(laptop, 'holds recovery snapshots');

  // The next snapshot is taken as usual, and the real ones stay listed beside it.
  await laptop.goto('/');
  await laptop.getByRole('link', { name: /Victim/ }).click();
  await addCardViaUi(laptop, 'Legitimacy', 'After the planted file');
  await restore();
  await laptop.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(laptop.getByRole('list', { name: 'Snapshots' })).not.toContainText('99 cards');
  await expect(snapshots).toHaveCount(2);
  await expect(snapshots.first()).toContainText('1 session, 2 cards');
  await expect(snapshots.last()).toContainText('1 session, 1 card');
  await laptop.context().close();
});

test('Ctrl+Z after Replace does not write an edit from before the import over the imported card', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Group B', 'P');
  await addCardViaUi(page, 'Conclusions', 'First wording');
  const conclusions = region(page, 'Conclusions');
  await conclusions.getByRole('button', { name: 'Edit card' }).click();
  await conclusions.getByRole('textbox', { name: 'Edit card' }).fill('Agreed wording');
  await conclusions.getByRole('textbox', { name: 'Edit card' }).press('Enter');
  await expect(conclusions.getByRole('listitem')).toHaveText(['Agreed wording']);
  // The undo history now holds "put back First wording" for a card the file also holds.
  await importReplacing(page, (await exportAs(page, 'Backup (JSON)')).path);
  await expect(conclusions.getByRole('listitem')).toHaveText(['Agreed wording']);
  await pressOnBoard(page, 'Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo' })).toBeVisible();
  await expect(conclusions.getByRole('listitem')).toHaveText(['Agreed wording']);
  await page.reload();
  await expect(conclusions.getByRole('listitem')).toHaveText(['Agreed wording']);
});

test('Delete selected is all or nothing, even cut off half-way, and one Ctrl+Z brings every card back', async ({
  page,
}) => {
  // Test side only: the second card delete is refused (a full disk), or never answers and keeps
  // its transaction open (the app is cut off there: the page is then reloaded, as after a crash).
  await page.addInitScript(() => {
    const original = IDBObjectStore.prototype.delete;
    let deletes = 0;
    IDBObjectStore.prototype.delete = function (
      this: IDBObjectStore,
      key: IDBValidKey | IDBKeyRange,
    ) {
      const fault = sessionStorage.getItem('parley-second-card-delete');
      if (this.name !== 'cards' || !fault || ++deletes !== 2) return original.call(this, key);
      if (fault === 'refuse') throw new DOMException('The disk is full.', 'QuotaExceededError');
      const keepOpen = () => (this.count().onsuccess = keepOpen);
      keepOpen();
      (window as unknown as { cutOff: boolean }).cutOff = true;
      return {} as IDBRequest<undefined>;
    };
  });
  await createSessionViaUi(page, 'Group B', 'P');
  const texts = ['Alpha', 'Beta', 'Gamma'];
  for (const text of texts) await addCardViaUi(page, 'Accountability', text);
  const lane = region(page, 'Accountability').getByRole('listitem');
  const deleteAll = async (fault: 'refuse' | 'stall' | null) => {
    await page.evaluate((f) => {
      if (f) sessionStorage.setItem('parley-second-card-delete', f);
      else sessionStorage.removeItem('parley-second-card-delete');
    }, fault);
    await page.reload();
    await expect(lane).toHaveText(texts);
    for (const text of texts)
      await card(page, 'Accountability', text)
        .getByRole('checkbox', { name: 'Select card' })
        .check();
    await expect(page.getByText('3 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Delete selected' }).click();
  };

  await deleteAll('refuse');
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await page.reload();
  await expect(lane).toHaveText(texts);

  await deleteAll('stall');
  await page.waitForFunction(() => (window as unknown as { cutOff?: boolean }).cutOff);
  await page.reload();
  await expect(lane).toHaveText(texts);

  await deleteAll(null);
  await expect(lane).toHaveCount(0);
  await pressOnBoard(page, 'Control+z');
  await expect(lane).toHaveText(texts);
  await page.reload();
  await expect(lane).toHaveText(texts);
});

test('a bare link in a card is not a clickable link in the Markdown export', async ({ page }) => {
  await createSessionViaUi(page, 'Group B', 'P');
  await addCardViaUi(
    page,
    'Legitimacy',
    'Sign up at https://evil.example/login or www.evil.example',
  );
  const markdown = readFileSync((await exportAs(page, 'Markdown')).path, 'utf8');
  const line = markdown.split('\n').find((l) => l.includes('evil'));
  expect(line).toContain('https\\://evil.example/login or www\\.evil.example');
  // What a Markdown viewer's autolinking looks for, in any run of unescaped text, is gone.
  for (const run of line!.split(/\\./)) expect(run).not.toMatch(/[a-z]:\/\/|www\./i);
});

test('a single-session backup keeps its Dots per person on another computer', async ({
  page,
  browser,
}) => {
  await createSessionViaUi(page, 'Group B', 'P');
  await openParticipants(page);
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await dialog.getByRole('spinbutton', { name: 'Dots per person' }).fill('2');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const path = (await exportAs(page, 'Backup (JSON)')).path;

  const laptop = await (await browser.newContext()).newPage();
  await importFromHome(laptop, path);
  await expect(laptop.getByRole('heading', { name: 'Group B' })).toBeVisible();
  await openParticipants(laptop);
  await expect(
    laptop
      .getByRole('dialog', { name: 'Participants' })
      .getByRole('spinbutton', { name: 'Dots per person' }),
  ).toHaveValue('2');
  await laptop.context().close();
});
