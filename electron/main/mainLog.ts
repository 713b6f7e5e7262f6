import { join } from 'node:path';

export interface LogFs {
  appendFile(path: string, data: string): Promise<void>;
}

export const MAIN_LOG_FILE = 'parley-main.log';

/**
 * The main process's log: one line per event, appended to a file in the user-data folder, where
 * "Open data folder" in the Help menu leads. Appends are chained so lines never interleave, and a
 * failing disk never throws back into the code that was only trying to report a problem.
 */
export function createMainLog(
  userDataDir: string,
  fs: LogFs,
  now: () => Date = () => new Date(),
): (message: string) => Promise<void> {
  const file = join(userDataDir, MAIN_LOG_FILE);
  let last: Promise<void> = Promise.resolve();
  return (message) => {
    const line = `${now().toISOString()} ${message.replace(/\r?\n/g, '\n    ')}\n`;
    last = last.then(() => fs.appendFile(file, line)).catch(() => undefined);
    return last;
  };
}

export interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** Every error nobody caught ends up in the log with its stack, instead of vanishing. */
export function logUncaughtErrors(proc: ProcessLike, log: (message: string) => unknown): void {
  proc.on('uncaughtException', (error) => void log(`uncaught: ${error.stack ?? error.message}`));
  proc.on(
    'unhandledRejection',
    (reason) =>
      void log(
        `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
      ),
  );
}
