import { execFileSync } from 'node:child_process';

/**
 * Playwright cannot download its own browser here (no route to its CDN), so the suites drive
 * the system Chromium (Debian's `chromium` package). CHROMIUM_PATH overrides the lookup.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync(
      'sh',
      ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'],
      { encoding: 'utf8' },
    ).trim();
  } catch {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
}

/** Flags that keep Chromium quiet on a machine with a closed network (see the machine notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const E2E_PORT = Number(process.env.PARLEY_E2E_PORT ?? 4317);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
