import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { openAgreementAndGenerate, seedBoard, startClauseRound } from './agreement';
import { createSessionViaUi } from './board';
import { joinFromPhone, openTheRoom } from './room';

// Consent rounds from phones (docs/room.md, docs/agreement.md), declared inside room.spec.ts: one
// room server per web server, so every test that opens the room must be in that one serial file
// (a second file would run beside it in the other worker and share the server). Loopback only.

/** Every frame a phone's WebSocket receives, to show what it was never sent. */
function recordFrames(phone: Page): string[] {
  const frames: string[] = [];
  phone.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => frames.push(String(payload))),
  );
  return frames;
}

/** The consent-from-phones tests; room.spec.ts declares them after its own. */
export function consentFromPhonesTests(): void {
  test('a phone gives a stance with a reason; it stays private until Reveal; a low stance becomes the party’s objection', async ({
    page,
    browser,
  }) => {
    test.slow();
    await seedBoard(page);
    const joinUrl = await openTheRoom(page);
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    const frames = recordFrames(phone);
    await phone.goto(joinUrl);
    await expect(phone.getByRole('button', { name: 'Send' })).toBeEnabled();
    const other = await joinFromPhone(browser, joinUrl);
    await openAgreementAndGenerate(page);

    const { clause, round } = await startClauseRound(page);

    // The phone shows the clause and the scale.
    const consent = phone.getByRole('region', { name: 'Consent on a clause' });
    await expect(consent.locator('blockquote')).toHaveText('The library stays open 6 days a week');
    await expect(consent).toContainText('Fist to five');
    await consent.getByRole('combobox', { name: 'Speaking for' }).selectOption('Those affected');
    await consent.getByRole('radio', { name: '1 — serious objection' }).check();
    // A low stance needs a reason, as on the facilitator's screen.
    await consent.getByRole('button', { name: 'Give my stance' }).click();
    await expect(consent.getByRole('alert')).toContainText('is a low stance: say why');
    await expect(round.getByRole('status')).toHaveText('0 stances in');
    // The round's form is usable by touch and a screen reader, in either colour scheme.
    for (const colorScheme of ['light', 'dark'] as const) {
      await phone.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: phone }).include('#consent').analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    await consent.getByRole('textbox', { name: /Why\?/ }).fill('Saturdays are not funded');
    await consent.getByRole('button', { name: 'Give my stance' }).click();
    await expect(consent.getByRole('status')).toContainText('Your stance is in');
    await expect(round.getByRole('status')).toHaveText('1 stance in — from Those affected');

    // The scribe records another party's stance: no phone ever receives it before (or after) Reveal.
    await round
      .getByRole('combobox', { name: 'Party' })
      .selectOption({ label: 'Those who decide' });
    await round.getByRole('combobox', { name: 'Spoken by' }).fill('Asha Quietly');
    await round.getByRole('combobox', { name: 'Stance' }).selectOption({ label: '4 — support' });
    await round.getByRole('textbox', { name: /Reason/ }).fill('Confidential budget line');
    await round.getByRole('button', { name: 'Record stance' }).click();
    await expect(round.getByRole('status')).toHaveText(
      '2 stances in — from Those who decide, Those affected',
    );
    await expect(other.phone.getByRole('region', { name: 'Consent on a clause' })).toBeVisible();
    for (const p of [phone, other.phone]) {
      await expect(p.locator('body')).not.toContainText('Asha Quietly');
      await expect(p.locator('body')).not.toContainText('Confidential budget line');
    }
    await expect(other.phone.locator('body')).not.toContainText('Saturdays are not funded');
    await expect(clause.locator('.status')).toHaveText('Proposed');

    await round.getByRole('button', { name: 'Reveal' }).click();
    await expect(clause.locator('.status')).toHaveText('Contested');
    await expect(
      clause.getByRole('listitem', { name: 'Objection from Those affected' }),
    ).toContainText('Saturdays are not funded');
    // The round is over on the phones.
    await expect(consent).toBeHidden();
    expect(frames.some((f) => f.includes('"type":"consent"'))).toBe(true);
    expect(frames.filter((f) => /Asha Quietly|Confidential budget line/.test(f))).toEqual([]);

    // A round on the whole draft: a low stance with a reason is the party's objection to the draft.
    await page.getByRole('button', { name: 'Check consent on the whole draft' }).click();
    const draftRound = page
      .getByRole('region', { name: 'Consent round' })
      .filter({ hasText: 'the whole draft' });
    await draftRound.getByRole('button', { name: 'Start round' }).click();
    const onDraft = phone.getByRole('region', { name: 'Consent on the whole draft' });
    await expect(onDraft.locator('blockquote')).toHaveText(/The whole draft/);
    await onDraft.getByRole('radio', { name: 'Fist — block' }).check();
    await onDraft.getByRole('textbox', { name: /Why\?/ }).fill('No review date anywhere');
    await onDraft.getByRole('button', { name: 'Give my stance' }).click();
    await expect(onDraft.getByRole('status')).toContainText('Your stance is in');
    await draftRound.getByRole('button', { name: 'Reveal' }).click();
    const objections = page.getByRole('region', { name: 'Objections to the whole draft' });
    await expect(
      objections.getByRole('listitem', { name: 'Objection from Those affected' }),
    ).toContainText('No review date anywhere');

    await context.close();
    await other.context.close();
  });

  // Browser mode can have several Parley tabs on one server (and the e2e suite has a page in the
  // other worker): only the window that opened the room relays for it. Before this held, a second
  // tab mounted its own relay, found no round in its own database and told the phones the round
  // was over — the phone's consent form vanished mid-stance.
  test('a second Parley tab leaves the room’s round on the phones alone, and undo never erases a phone’s stance', async ({
    page,
    browser,
  }) => {
    await seedBoard(page);
    const joinUrl = await openTheRoom(page);
    const { phone, context } = await joinFromPhone(browser, joinUrl);
    await openAgreementAndGenerate(page);
    const { round } = await startClauseRound(page);
    const consent = phone.getByRole('region', { name: 'Consent on a clause' });
    await expect(consent).toBeVisible();

    const otherTab = await browser.newContext();
    const other = await otherTab.newPage();
    await other.goto('/');
    await createSessionViaUi(other, 'Another group', 'The depot closes on Sundays.');
    await expect(
      other.getByRole('status').filter({ hasText: 'in another Parley window' }),
    ).toBeVisible();
    await expect(other.getByRole('button', { name: 'Open the room' })).toBeVisible();

    // The phone still has the round, and its stance reaches the window that opened the room.
    await expect(consent).toBeVisible();
    await consent.getByRole('combobox', { name: 'Speaking for' }).selectOption('Those affected');
    await consent.getByRole('radio', { name: '4 — support' }).check();
    await consent.getByRole('button', { name: 'Give my stance' }).click();
    await expect(consent.getByRole('status')).toContainText('Your stance is in');
    await expect(round.getByRole('status')).toHaveText('1 stance in — from Those affected');

    // Ctrl+Z would take back the round's opening and with it the phone's stance: refused, said.
    await page.locator('body').press('Control+z');
    await expect(page.getByRole('alert')).toContainText('Could not undo “check consent”');
    await expect(round.getByRole('status')).toHaveText('1 stance in — from Those affected');
    await otherTab.close();
    await context.close();
  });
}
