import { describe, expect, it } from 'vitest';

import { pageProblems } from '#fixtures/export/pageCheck';
import type { ExportDocument } from '#shared/export/document';

// The page check itself, on page texts written by hand: each fault it exists to catch is caught,
// and a right layout passes.
const doc: ExportDocument = {
  titlePage: { title: 'Group B', facts: [{ label: 'Date', value: '2026-11-28' }] },
  blocks: [
    { type: 'heading', level: 1, text: 'Proposition' },
    { type: 'list', items: [{ text: 'First card' }, { text: 'Second card' }] },
    { type: 'heading', level: 1, text: 'Stage plan' },
    { type: 'table', header: ['Stage', 'Planned'], rows: [['Framing', '15 min']] },
    { type: 'pageBreak' },
    { type: 'clause', number: '1.1', text: 'The council pilots budgets.', notes: ['Assent: Ana'] },
  ],
};
const title = 'Group B\nDate: 2026-11-28\n';

describe('page check', () => {
  it('passes pages holding everything in order, footers and line wrapping aside', () => {
    expect(
      pageProblems(
        [
          title,
          'Proposition\n● First\ncard\n● Second card\nStage plan\nStage Planned\nFraming 15 min\nPage 2 of 3\n',
          'Page 3 of 3\n1.1 The council pilots\nbudgets. (Proposed)\nAssent: Ana\n',
        ],
        doc,
      ),
    ).toEqual([]);
  });

  it('fails a page that holds nothing but its footer', () => {
    expect(
      pageProblems(
        [
          title,
          'Proposition\nFirst card\nSecond card\nStage plan\nStage Planned Framing 15 min\nPage 2 of 4\n',
          'Page 3 of 4\n',
          '1.1 The council pilots budgets.\nAssent: Ana\nPage 4 of 4\n',
        ],
        doc,
      ),
    ).toEqual(['page 3 of 4 holds nothing but its footer']);
  });

  it('fails a missing card and text in the wrong order', () => {
    expect(
      pageProblems(
        [title, 'Proposition\nFirst card\nStage plan\nStage Planned Framing 15 min\n'],
        doc,
      ),
    ).toEqual(expect.arrayContaining(['card "Second card" is missing']));
    expect(
      pageProblems(
        [
          title,
          'Proposition\nSecond card\nFirst card\nStage plan\nStage Planned Framing 15 min\n1.1 The council pilots budgets. Assent: Ana',
        ],
        doc,
      ),
    ).toEqual(['card "Second card" is out of order (on page 2, before what precedes it)']);
  });

  it('reads a table on from a page that repeats its header row, and fails one that does not', () => {
    const table: ExportDocument = {
      titlePage: { title: 'Group B', facts: [] },
      blocks: [
        {
          type: 'table',
          header: ['Stage', 'Planned'],
          rows: [
            ['Framing', 'a long'],
            ['Lenses', '90 min'],
          ],
        },
      ],
    };
    expect(
      pageProblems(
        [title, 'Stage Planned Framing a\nPage 2 of 3', 'Stage Planned\nlong Lenses 90 min'],
        table,
      ),
    ).toEqual([]);
    expect(
      pageProblems([title, 'Stage Planned Framing a long\nPage 2 of 3', 'Lenses 90 min'], table),
    ).toEqual(['table "Stage Planned" runs onto page 3 without repeating its header row']);
  });

  it('fails a heading left at the foot of a page with its content on the next', () => {
    expect(
      pageProblems(
        [
          title,
          'Proposition\nFirst card\nSecond card\nStage plan\nPage 2 of 3\n',
          'Stage Planned Framing 15 min\n1.1 The council pilots budgets. Assent: Ana\nPage 3 of 3\n',
        ],
        doc,
      ),
    ).toEqual([
      'heading "Stage plan" is stranded at the foot of page 2; what follows it starts on page 3',
    ]);
  });
});
