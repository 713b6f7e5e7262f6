import { EventEmitter } from 'node:events';
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createMainLog,
  logUncaughtErrors,
  MAIN_LOG_FILE,
  type ProcessLike,
} from '#electron/main/mainLog';

const clock = () => new Date(Date.UTC(2026, 10, 28, 9, 30));

describe('the main-process log', () => {
  it('appends timestamped lines, in order, to parley-main.log in the user-data folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-log-'));
    const log = createMainLog(dir, { appendFile: (p, d) => appendFile(p, d) }, clock);
    void log('first');
    await log('second\nwith a stack line');
    expect(await readFile(join(dir, MAIN_LOG_FILE), 'utf8')).toBe(
      '2026-11-28T09:30:00.000Z first\n2026-11-28T09:30:00.000Z second\n    with a stack line\n',
    );
  });

  it('never throws when the disk refuses the log line, and keeps logging afterwards', async () => {
    const lines: string[] = [];
    let fail = true;
    const log = createMainLog(
      '/data',
      {
        appendFile: async (_p, d) =>
          fail ? Promise.reject(new Error('EROFS')) : void lines.push(d),
      },
      clock,
    );
    await expect(log('lost')).resolves.toBeUndefined();
    fail = false;
    await log('kept');
    expect(lines).toEqual(['2026-11-28T09:30:00.000Z kept\n']);
  });

  it('records uncaught exceptions and unhandled rejections with their stacks', () => {
    const proc = new EventEmitter();
    const logged: string[] = [];
    logUncaughtErrors(proc as unknown as ProcessLike, (m) => logged.push(m));
    const error = new Error('boom');
    proc.emit('uncaughtException', error);
    proc.emit('unhandledRejection', 'a plain reason');
    expect(logged[0]).toMatch(/^uncaught: Error: boom\n\s+at /);
    expect(logged[1]).toBe('unhandled rejection: a plain reason');
  });
});
