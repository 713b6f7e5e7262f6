// / <reference lib="webworker" /> Runs export and import jobs off the UI thread
// (docs/architecture.md, "Performance budgets": the UI is never blocked > 50 ms).
import { runExportJob, type ExportJob } from '#shared/export/exportJob';

import { paintChart } from './paintChart';
import { takeRows } from './resultParts';

self.onmessage = async (event: MessageEvent<{ id: number; job: ExportJob }>) => {
  const { id, job } = event.data;
  try {
    const result = await runExportJob(job, paintChart);
    for (const part of takeRows(result)) (self as unknown as Worker).postMessage({ id, part });
    const transfer =
      result.kind === 'document' && result.data instanceof Uint8Array ? [result.data.buffer] : [];
    (self as unknown as Worker).postMessage({ id, ok: true, result }, transfer as Transferable[]);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
