import type { ExportJob, ExportJobResult } from '#shared/export/exportJob';

import { putRowsBack, type RowsPart } from './resultParts';

type Reply =
  | { id: number; part: RowsPart }
  | { id: number; ok: true; result: ExportJobResult }
  | { id: number; ok: false; message: string };

interface Waiting {
  resolve(r: ExportJobResult): void;
  reject(e: Error): void;
  parts: RowsPart[];
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Waiting>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./exportWorker.ts', import.meta.url), {
      type: 'module',
      name: 'parley-export',
    });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if ('part' in reply) {
      waiting?.parts.push(reply.part);
      return;
    }
    pending.delete(reply.id);
    if (!waiting) return;
    if (reply.ok) waiting.resolve(putRowsBack(reply.result, waiting.parts));
    else waiting.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    // A worker that failed to load or crashed fails every job it held, with a reason, and is
    // replaced on the next job.
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'The export worker stopped.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Runs a job in the export worker; where workers do not exist (unit tests), in place. */
export function runJob(job: ExportJob): Promise<ExportJobResult> {
  const w = getWorker();
  // Loaded on demand: the renderers (docx above all) stay out of the app's start-up bundle.
  if (!w)
    return Promise.all([import('#shared/export/exportJob'), import('./paintChart')]).then(
      ([{ runExportJob }, { paintChart }]) => runExportJob(job, paintChart),
    );
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, parts: [] });
    w.postMessage({ id, job });
  });
}
