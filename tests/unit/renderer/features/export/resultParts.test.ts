import { describe, expect, it } from 'vitest';

import { putRowsBack, takeRows } from '#renderer/features/export/resultParts';
import type { Backup } from '#shared/export/backup/schema';
import type { ExportJobResult } from '#shared/export/exportJob';

describe('a parsed backup handed back from the worker in parts', () => {
  it('arrives whole: every row back in its table, in its order', () => {
    // Only the tables' rows matter here, not what they hold.
    const tables = {
      sessions: [{ id: 's1' }],
      cards: Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, order: i })),
      dots: [],
    };
    const backup = { format: 'parley-backup', tables } as unknown as Backup;
    const whole = structuredClone(backup);
    const result: ExportJobResult = {
      kind: 'parseBackup',
      result: { ok: true, backup, leftOut: [] },
    };

    const parts = takeRows(result);
    // The rows travel in parts of a few hundred, each unpacked in a task of its own; the result
    // itself carries none.
    expect(parts.filter((p) => p.table === 'cards').map((p) => p.rows.length)).toEqual([
      250, 250, 100,
    ]);
    expect(Object.values(backup.tables).every((rows) => rows.length === 0)).toBe(true);

    const arrived = structuredClone(result);
    putRowsBack(arrived, structuredClone(parts));
    expect(arrived).toEqual({
      kind: 'parseBackup',
      result: { ok: true, backup: whole, leftOut: [] },
    });
  });

  it('leaves a refusal and a document as they are', () => {
    const refusal: ExportJobResult = { kind: 'parseBackup', result: { ok: false, message: 'No.' } };
    const document: ExportJobResult = { kind: 'document', data: '# Notes' };
    for (const result of [refusal, document]) {
      const before = structuredClone(result);
      expect(takeRows(result)).toEqual([]);
      expect(putRowsBack(result, [])).toEqual(before);
    }
  });
});
