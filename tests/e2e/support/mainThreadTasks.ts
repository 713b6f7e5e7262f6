import type { Page } from '@playwright/test';

/** One task of the page's main thread: how long it held the thread, and the CPU it used. */
export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId: number; url: string }[] } };
}

// The timeline's own categories: its tasks (RunTask, with thread time), which process draws the
// page, thread names, and the page's performance marks to bound the work measured.
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

/** Starts recording the page's tasks (Chromium tracing, as the Performance panel does). */
export async function traceTasks(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('tracing needs a browser, not a persistent context');
  await browser.startTracing(page, { categories: CATEGORIES });
  return async () => JSON.parse((await browser.stopTracing()).toString()).traceEvents;
}

/**
 * The tasks of the page's main thread between two performance marks, each with its wall time
 * and its thread (CPU) time. On a loaded machine a task's wall time counts the time the thread
 * waited for a core; its CPU time is the app's own share.
 */
export function tasksBetween(
  events: readonly TraceEvent[],
  fromMark: string,
  toMark: string,
): MainThreadTask[] {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.[0]?.processId;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.pid === pid &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  );
  const at = (mark: string) => events.find((e) => e.pid === pid && e.name === mark)?.ts;
  const from = at(fromMark);
  const to = at(toMark);
  if (!main || from === undefined || to === undefined)
    throw new Error(`the trace lacks the page's main thread or the marks ${fromMark}, ${toMark}`);
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === pid &&
        e.tid === main.tid &&
        e.ts + (e.dur ?? 0) > from &&
        e.ts < to,
    )
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
}
