// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { awayDaySessions, SYNTHESIS_OPTIONS } from '#fixtures/synthesis/awayDay';
import type { Chart } from '#shared/charts/chart';
import { runExportJob, type ExportJob } from '#shared/export/exportJob';

// The smallest valid PNG (1×1, transparent): what a painter hands back, as far as Word cares.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

const job: ExportJob = {
  kind: 'synthesis',
  format: 'docx',
  sessions: awayDaySessions(),
  name: 'Civic futures away day',
  options: { ...SYNTHESIS_OPTIONS, includeBalance: true },
};

async function wordFile(painter: ((chart: Chart) => Promise<Uint8Array | null>) | null) {
  const result = await runExportJob(job, painter);
  if (result.kind !== 'document' || typeof result.data === 'string') throw new Error('no docx');
  const files = unzipSync(result.data);
  const xml = strFromU8(files['word/document.xml']!);
  const text = [
    ...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('w:t'),
  ]
    .map((t) => t.textContent)
    .join(' ');
  return { files: Object.keys(files), xml, text };
}

describe('the synthesis in Word', () => {
  it('holds both groups’ conclusions and every clause with its status and consent', async () => {
    const { text } = await wordFile(null);
    for (const conclusion of [
      'Outcomes are negotiated, not delivered',
      'Promise levels of service, not outcomes',
    ])
      expect(text).toContain(conclusion);
    for (const cell of [
      'Agreement clauses of every group',
      'The library opens six days a week (Library service)',
      'Accepted',
      'Assent: Library service, Friends of the library',
      'Objection: Residents’ forum',
    ])
      expect(text).toContain(cell);
  });

  it('puts each chart in as a PNG with its title as alt text, followed by its numbers', async () => {
    const painted: string[] = [];
    const { files, xml, text } = await wordFile(async (chart) => {
      painted.push(chart.title);
      return PNG;
    });
    // Two groups' practicability in the synthesis and in their appendices, two balances.
    expect(painted.filter((t) => t === 'Practicability at a glance')).toHaveLength(4);
    expect(painted.filter((t) => t === 'Balance of voices')).toHaveLength(2);
    expect(files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).not.toHaveLength(
      0,
    );
    expect(xml).toContain('title="Balance of voices"');
    expect(text).toContain('No staff to run it on Sundays');
  });

  it('without a painter (no canvas), gives each chart’s table alone', async () => {
    const { files, text } = await wordFile(null);
    expect(files.some((f) => f.startsWith('word/media/'))).toBe(false);
    expect(text).toContain('Practicability scores and importance of each scored point');
  });
});
