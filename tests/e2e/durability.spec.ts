import { expect, test } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { installStorageFaults, setFault } from './support/faults';

test.describe('when storage fails', () => {
  test.beforeEach(async ({ page }) => installStorageFaults(page));

  test('a refused write is announced, the typed text stays for retry, and saved cards are untouched', async ({
    page,
  }) => {
    await createSessionViaUi(page, 'Quota', 'P');
    await addCardViaUi(page, 'Legitimacy', 'saved before the disk filled');
    await setFault(page, 'writes', true);

    const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
    await box.fill('typed while the disk was full');
    await box.press('Enter');
    const lane = page.getByRole('region', { name: 'Legitimacy' });
    await expect(lane.getByRole('status')).toContainText('out of storage space');
    await expect(box).toHaveValue('typed while the disk was full');
    await expect(lane.getByRole('listitem')).toHaveText(['saved before the disk filled']);

    // Space freed: the same Enter now saves it.
    await setFault(page, 'writes', false);
    await box.press('Enter');
    await expect(lane.getByRole('listitem')).toHaveText([
      'saved before the disk filled',
      'typed while the disk was full',
    ]);
    await expect(box).toHaveValue('');
    await page.reload();
    await expect(lane.getByRole('listitem')).toHaveText([
      'saved before the disk filled',
      'typed while the disk was full',
    ]);
  });

  test('a failed read on home says so instead of showing "No sessions yet", and reading again recovers', async ({
    page,
  }) => {
    await createSessionViaUi(page, 'Still here', 'P');
    await page.goto('/');
    await setFault(page, 'reads', true);
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Parley could not read your sessions' }),
    ).toBeVisible();
    await expect(page.getByText('No sessions yet.')).toHaveCount(0);

    await setFault(page, 'reads', false);
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect(page.getByRole('link', { name: /Still here/ })).toBeVisible();
  });

  test('a failed read on a board shows the error, never an empty board', async ({ page }) => {
    await createSessionViaUi(page, 'Board read', 'P');
    await addCardViaUi(page, 'Conclusions', 'a conclusion');
    await setFault(page, 'reads', true);
    await page.reload();
    await expect(page.getByRole('alert').first()).toContainText('Parley could not read this board');
    await expect(page.getByRole('region', { name: 'Conclusions' })).toHaveCount(0);
    await setFault(page, 'reads', false);
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect(
      page.getByRole('region', { name: 'Conclusions' }).getByRole('listitem'),
    ).toHaveText(['a conclusion']);
  });
});

test.describe('two windows', () => {
  test('an upgrade opened in another window makes this one let go and reload cleanly', async ({
    page,
    context,
  }) => {
    await createSessionViaUi(page, 'Two windows', 'P');
    await addCardViaUi(page, 'Legitimacy', 'kept across the upgrade');
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Two windows/ })).toBeVisible();

    const other = await context.newPage();
    await other.goto('/');
    // A newer Parley in the other window: the same database at a higher version. It may only
    // proceed once the first window closes its connection — "blocked" would mean it hung on.
    const outcome = await other.evaluate(async () => {
      const current = await new Promise<number>((resolve, reject) => {
        const r = indexedDB.open('parley');
        r.onsuccess = () => {
          const v = r.result.version;
          r.result.close();
          resolve(v);
        };
        r.onerror = () => reject(r.error);
      });
      return await new Promise<string>((resolve) => {
        const r = indexedDB.open('parley', current + 10);
        r.onblocked = () => resolve('blocked');
        r.onsuccess = () => {
          r.result.close();
          resolve('upgraded');
        };
        r.onerror = () => resolve(`error ${r.error?.name}`);
      });
    });
    expect(outcome).toBe('upgraded');
    await expect(
      page.getByRole('alert').filter({ hasText: 'updated in another window' }),
    ).toBeVisible();
    // Nothing typed, so the first window reloads itself onto the new version and shows the data.
    await expect(
      page.getByRole('alert').filter({ hasText: 'updated in another window' }),
    ).toHaveCount(0, { timeout: 10_000 });
    await page.getByRole('link', { name: /Two windows/ }).click();
    await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText(
      ['kept across the upgrade'],
    );
  });
});

test('with text still in a box, the upgraded-elsewhere window waits for the facilitator instead of reloading', async ({
  page,
  context,
}) => {
  await createSessionViaUi(page, 'Typing', 'P');
  const box = page.getByRole('textbox', { name: 'Add to Practicability' });
  await box.fill('half a thought');
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = indexedDB.open('parley');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const upgrade = indexedDB.open('parley', version + 10);
          upgrade.onsuccess = () => {
            upgrade.result.close();
            resolve();
          };
        };
      }),
  );
  const notice = page.getByRole('alert').filter({ hasText: 'updated in another window' });
  await expect(notice).toBeVisible();
  await page.waitForTimeout(2500);
  // Still the same page, with the text still there: nothing typed is thrown away.
  await expect(box).toHaveValue('half a thought');
  await expect(notice.getByRole('button', { name: 'Reload now' })).toBeVisible();
});
