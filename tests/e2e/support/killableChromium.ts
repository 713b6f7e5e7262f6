import { spawn, type ChildProcess } from 'node:child_process';

import { chromium, type Browser } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export interface KillableBrowser {
  browser: Browser;
  /** SIGKILL to the whole process group: the browser, its renderers and its storage service. */
  kill(): Promise<void>;
}

/**
 * Starts Chromium ourselves (not through Playwright's launcher, which closes it politely) on a
 * persistent profile, in its own process group, and connects over the DevTools protocol — so a
 * test can kill it the way a power cut or a crash would, with no chance to flush anything.
 */
export async function launchKillable(profileDir: string): Promise<KillableBrowser> {
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start: ${buffer.slice(-500)}`)),
      20_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited early (${code}): ${buffer.slice(-500)}`)),
    );
  });
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  return { browser, kill: () => killGroup(child) };
}

async function killGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await exited;
}
