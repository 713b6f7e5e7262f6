import { balanceChart } from '../charts/balanceChart';
import { practicabilityChart } from '../charts/practicabilityChart';
import { formatDateTime, type Block, type ExportDocument } from '../export/document';
import { demote, listOr, writeUpBlocks } from '../export/layout';
import type { Synthesis, SynthesisProposition } from './synthesis';

const SURPRISING = 'Surprising';

/**
 * The groups' conclusions side by side: a column per group, a row per conclusion, so a reader
 * sees across the table where groups converged.
 */
function sideBySide(p: SynthesisProposition): Block {
  const depth = Math.max(1, ...p.groups.map((g) => g.conclusions.length));
  const rows = Array.from({ length: depth }, (_, i) =>
    p.groups.map((g) => {
      const c = g.conclusions[i];
      if (!c) return i === 0 ? 'No conclusions recorded.' : '';
      return c.surprising ? `${SURPRISING}: ${c.text}` : c.text;
    }),
  );
  return { type: 'table', header: p.groups.map((g) => g.group), rows };
}

/** The open questions as a table: near-duplicates share a number and say so, to be checked. */
function questionsTable(s: Synthesis): Block {
  const rows: string[][] = [];
  s.questions.forEach((cluster, n) => {
    const alike = cluster.items.length > 1;
    cluster.items.forEach((q, i) => {
      const number = String(n + 1);
      rows.push([alike && i > 0 ? `${number} (similar)` : number, q.text, q.group]);
    });
  });
  return { type: 'table', header: ['No.', 'Question', 'Group'], rows };
}

/** The whole day in one document: what converged, what each agreed, what is open, who spoke. */
export function synthesisDocument(s: Synthesis): ExportDocument {
  const facts: ExportDocument['titlePage']['facts'] = [];
  if (s.date) facts.push({ label: 'Date', value: s.date });
  if (s.venue) facts.push({ label: 'Venue', value: s.venue });
  facts.push({ label: 'Groups', value: s.groups.join(', ') || 'none' });
  facts.push({ label: 'Exported', value: formatDateTime(s.generatedAt) });

  const blocks: Block[] = [];
  s.propositions.forEach((p, i) => {
    blocks.push({
      type: 'heading',
      level: 1,
      text: s.propositions.length > 1 ? `Proposition ${i + 1}` : 'Proposition',
    });
    blocks.push({ type: 'paragraph', text: p.text, tone: 'callout' });
    blocks.push({ type: 'heading', level: 2, text: 'Conclusions side by side' });
    blocks.push(sideBySide(p));
  });

  blocks.push({ type: 'heading', level: 1, text: 'Most-voted points per lens' });
  for (const lens of s.topPoints) {
    blocks.push({ type: 'heading', level: 2, text: lens.label });
    blocks.push(
      listOr(
        lens.points.map((pt) => ({
          text: pt.text,
          meta: [pt.group, pt.votes === 1 ? '1 vote' : `${pt.votes} votes`],
        })),
        'No votes placed under this lens.',
      ),
    );
  }

  blocks.push({ type: 'heading', level: 1, text: 'Surprising conclusions' });
  blocks.push(
    listOr(
      s.surprising.map((c) => ({ text: c.text, meta: [c.group], badge: SURPRISING })),
      'No conclusion was flagged as surprising.',
    ),
  );

  blocks.push({ type: 'heading', level: 1, text: 'Open questions, merged' });
  if (s.questions.length) {
    blocks.push({
      type: 'paragraph',
      text: 'Questions asked in nearly the same words share a number, marked (similar); they were put together by their words alone, so check them.',
      tone: 'muted',
    });
    blocks.push(questionsTable(s));
  } else blocks.push({ type: 'paragraph', text: 'No open questions recorded.', tone: 'muted' });

  blocks.push({ type: 'heading', level: 1, text: 'Agreement clauses of every group' });
  blocks.push(
    s.clauses.length
      ? {
          type: 'table',
          header: ['Group', 'Clause', 'Text', 'Status', 'Consent'],
          rows: s.clauses.map((c) => [c.group, c.number, c.text, c.status, c.consent]),
        }
      : { type: 'paragraph', text: 'No group has drafted clauses yet.', tone: 'muted' },
  );

  if (s.practicability.length) {
    blocks.push({ type: 'heading', level: 1, text: 'Practicability at a glance' });
    s.practicability.forEach((g, i) => {
      blocks.push({ type: 'heading', level: 2, text: g.group });
      blocks.push({ type: 'chart', chart: practicabilityChart(g.points, `practicability-${i}`) });
    });
  }

  if (s.balance?.length) {
    blocks.push({ type: 'heading', level: 1, text: 'Balance of voices' });
    s.balance.forEach((g, i) => {
      blocks.push({ type: 'heading', level: 2, text: g.group });
      blocks.push({ type: 'chart', chart: balanceChart(g.balance, `balance-${i}`) });
    });
  }

  for (const w of s.writeUps) {
    blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 1, text: `Appendix: ${w.title}` });
    blocks.push(...demote(writeUpBlocks(w)));
  }
  return { titlePage: { title: s.name, subtitle: 'Away-day synthesis', facts }, blocks };
}
