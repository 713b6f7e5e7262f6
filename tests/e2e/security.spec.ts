import { expect, test } from '@playwright/test';

import { CONTENT_SECURITY_POLICY } from '#shared/security/csp';

import { addCardViaUi, createSessionViaUi } from './support/board';

test('the served page carries the strict CSP, and the browser enforces it against inline script', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/index.html')).text();
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
  );

  await page.goto('/');
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  const ran = await page.evaluate(async () => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void (window as unknown as { reportViolation(d: string): void }).reportViolation(
          e.effectiveDirective,
        ),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations).toContain('script-src-elem');
});

test('card text that looks like markup is shown as text, never run', async ({ page }) => {
  await createSessionViaUi(page, 'Hostile text', 'P');
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await addCardViaUi(page, 'Legitimacy', hostile);
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText([
    hostile,
  ]);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('.card-list img')).toHaveCount(0);
});
