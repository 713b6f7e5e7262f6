import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CONTROL_CHARACTER, HOSTILE } from '#fixtures/export/fixtureSession';
import { awayDaySessions, SYNTHESIS_OPTIONS } from '#fixtures/synthesis/awayDay';
import { toHtml } from '#shared/export/toHtml';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildSynthesis, type SynthesisOptions } from '#shared/synthesis/synthesis';
import { synthesisDocument } from '#shared/synthesis/synthesisLayout';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/** Compares with the committed golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden(name)))
    writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

const NAME = { name: 'Civic futures away day' };
const synthesis = (options: Partial<SynthesisOptions> = {}) =>
  buildSynthesis(awayDaySessions(), NAME, { ...SYNTHESIS_OPTIONS, ...options });

describe('the synthesis of an away day', () => {
  it('puts both groups’ conclusions side by side under their shared proposition', () => {
    const s = synthesis();
    expect(s.groups).toEqual(['Group B — social productivity', 'Group C — levels of functioning']);
    expect(s.propositions).toHaveLength(1);
    expect(
      s.propositions[0]!.groups.map((g) => [g.group, g.conclusions.map((c) => c.text)]),
    ).toEqual([
      [
        'Group B — social productivity',
        ['Outcomes are negotiated, not delivered', 'Citizens want to be asked, not told'],
      ],
      ['Group C — levels of functioning', ['Promise levels of service, not outcomes']],
    ]);
  });

  it('lists the most-voted points per lens across groups, most votes first', () => {
    const lenses = Object.fromEntries(synthesis().topPoints.map((l) => [l.lens, l.points]));
    expect(lenses.practicability!.map((p) => [p.text, p.group, p.votes])).toEqual([
      ['No staff to run it on Sundays', 'Group C — levels of functioning', 5],
      ['Pilots in two towns showed\nhigher uptake', 'Group B — social productivity', 4],
      ['Volunteers already run two libraries', 'Group C — levels of functioning', 2],
    ]);
    expect(lenses.legitimacy!.map((p) => p.votes)).toEqual([6]);
  });

  it('gathers every surprising conclusion with its group', () => {
    expect(synthesis().surprising).toEqual([
      { text: 'Citizens want to be asked, not told', group: 'Group B — social productivity' },
      { text: 'Promise levels of service, not outcomes', group: 'Group C — levels of functioning' },
    ]);
  });

  it('merges the groups’ open questions, near-duplicates together, and keeps a split one apart', () => {
    const texts = (s: ReturnType<typeof synthesis>) =>
      s.questions.map((c) => c.items.map((q) => q.text));
    expect(texts(synthesis())).toEqual([
      [HOSTILE.control],
      ['Who counts as a resident?', 'Who exactly counts as a resident here?'],
      ['How is the pilot funded after year one?'],
    ]);
    expect(texts(synthesis({ apart: ['s-2:c2-7'] }))).toEqual([
      [HOSTILE.control],
      ['Who counts as a resident?'],
      ['Who exactly counts as a resident here?'],
      ['How is the pilot funded after year one?'],
    ]);
  });

  it('tables every group’s clauses with their status and consent', () => {
    expect(synthesis().clauses).toEqual([
      {
        group: 'Group B — social productivity',
        number: '1.1',
        text: 'The council pilots social-productivity budgets in two towns.',
        status: 'Agreed',
        consent:
          'Assent: City council; Last round: City council 4 — support, Residents’ forum 2 — reservations that need discussing',
      },
      {
        group: 'Group B — social productivity',
        number: '1.2',
        text: `Residents are asked first. ${HOSTILE.script}`,
        status: 'Contested',
        consent: 'Objection: Residents’ forum',
      },
      {
        group: 'Group C — levels of functioning',
        number: '1.1',
        text: 'The library opens six days a week (Library service)',
        status: 'Accepted',
        consent: 'Assent: Library service, Friends of the library',
      },
    ]);
  });

  it('charts only the groups that scored practicability points, and the balance only when asked', () => {
    const s = synthesis();
    expect(s.practicability.map((g) => [g.group, g.points.length])).toEqual([
      ['Group B — social productivity', 1],
      ['Group C — levels of functioning', 2],
    ]);
    expect(s.balance).toBeUndefined();
    expect(synthesis({ includeBalance: true }).balance?.map((b) => b.group)).toEqual([
      'Group B — social productivity',
      'Group C — levels of functioning',
    ]);
  });

  it('anonymises people in the appendix write-ups but keeps parties', () => {
    const md = toMarkdown(synthesisDocument(synthesis({ anonymise: true })));
    expect(md).not.toContain('Ana Ruiz');
    expect(md).toContain('Participant A, Residents’ forum');
  });
});

describe('the synthesis document', () => {
  const doc = () => synthesisDocument(synthesis({ includeBalance: true }));

  it('matches the golden Markdown', () => expectGolden('awayDay.md', toMarkdown(doc())));

  it('matches the golden HTML, charts drawn as SVG with their tables', () => {
    const html = toHtml(doc());
    expectGolden('awayDay.html', html);
    expect(html.match(/<svg /g)).toHaveLength(
      // practicability: 2 groups in the synthesis + 2 in the appendices; balance: 2 groups
      6,
    );
    expect(html).toContain('<caption>Balance of voices: points and dots per party and lens');
  });

  it('carries user text as data in every format', () => {
    const html = toHtml(doc());
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain('&lt;script&gt;');
    expect(toMarkdown(doc())).not.toMatch(CONTROL_CHARACTER);
  });

  it('appends each group’s own write-up, each on a new page', () => {
    const blocks = doc().blocks;
    const appendix = blocks.flatMap((b, i) =>
      b.type === 'heading' && b.text.startsWith('Appendix') && blocks[i - 1]?.type === 'pageBreak'
        ? [b.text]
        : [],
    );
    expect(appendix).toEqual([
      'Appendix: Group B — social productivity',
      'Appendix: Group C — levels of functioning',
    ]);
  });
});
