import { balanceChart } from '../charts/balanceChart';
import { practicabilityChart } from '../charts/practicabilityChart';
import type { AgreementPart, ConsentRoundPart, ReviewPart } from './agreementPart';
import {
  formatDateTime,
  formatDuration,
  type Block,
  type ExportDocument,
  type ListItem,
} from './document';
import type { SessionWriteUp, WriteUpPoint } from './writeUp';

const KIND_LABEL: Record<WriteUpPoint['kind'], string> = {
  point: 'Point',
  evidence: 'Evidence',
  concern: 'Concern',
  idea: 'Idea',
  question: 'Question',
  condition: 'Condition',
  commitment: 'Commitment',
  definition: 'Definition',
};

function pointItem(p: WriteUpPoint): ListItem {
  const meta: string[] = [];
  // "Point" is the default kind; saying it on every line is noise.
  if (p.kind !== 'point') meta.push(KIND_LABEL[p.kind]);
  if (p.attribution) meta.push(p.attribution);
  if (p.votes) meta.push(p.votes === 1 ? '1 vote' : `${p.votes} votes`);
  const item: ListItem = { text: p.text };
  if (meta.length) item.meta = meta;
  if (p.surprising) item.badge = 'Surprising';
  return item;
}

/** A list, or a muted sentence saying there is nothing to list. */
export function listOr(items: ListItem[], nothing: string): Block {
  return items.length
    ? { type: 'list', items }
    : { type: 'paragraph', text: nothing, tone: 'muted' };
}

function listOrNothing(points: WriteUpPoint[], nothing: string): Block {
  return listOr(points.map(pointItem), nothing);
}

/** The body of one session's write-up, headings starting at level 1. */
export function writeUpBlocks(w: SessionWriteUp): Block[] {
  const blocks: Block[] = [];
  w.propositions.forEach((p, i) => {
    blocks.push({
      type: 'heading',
      level: 1,
      text: w.propositions.length > 1 ? `Proposition ${i + 1}` : 'Proposition',
    });
    blocks.push({ type: 'paragraph', text: p.text, tone: 'callout' });
    for (const lens of p.lenses) {
      blocks.push({ type: 'heading', level: 2, text: lens.label });
      blocks.push({ type: 'paragraph', text: lens.question, tone: 'muted' });
      blocks.push(listOrNothing(lens.points, 'Nothing recorded under this lens.'));
      if (lens.lane === 'practicability' && p.scored)
        blocks.push({ type: 'chart', chart: practicabilityChart(p.scored) });
    }
    blocks.push({ type: 'heading', level: 2, text: 'Conclusions' });
    const surprises = p.conclusions.filter((c) => c.surprising).length;
    if (surprises)
      blocks.push({
        type: 'paragraph',
        text: `${surprises} of ${p.conclusions.length} conclusions surprised the group; they are marked Surprising.`,
        tone: 'muted',
      });
    blocks.push(listOrNothing(p.conclusions, 'No conclusions recorded.'));
    blocks.push({ type: 'heading', level: 2, text: 'Open questions' });
    blocks.push(listOrNothing(p.openQuestions, 'No open questions recorded.'));
  });
  if (w.groups) {
    blocks.push({ type: 'heading', level: 1, text: 'Groups' });
    for (const g of w.groups) {
      blocks.push({ type: 'heading', level: 2, text: g.name });
      blocks.push(
        g.points.length
          ? { type: 'list', items: g.points.map((text) => ({ text })) }
          : { type: 'paragraph', text: 'No cards in this group.', tone: 'muted' },
      );
    }
  }
  if (w.balance) {
    blocks.push({ type: 'heading', level: 1, text: 'Balance of voices' });
    blocks.push({ type: 'chart', chart: balanceChart(w.balance) });
  }
  if (w.stagePlan) {
    const time = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));
    blocks.push({ type: 'heading', level: 1, text: 'Stage plan' });
    blocks.push({
      type: 'table',
      header: ['Stage', 'Planned', 'Actual'],
      rows: w.stagePlan.map((s) => [s.title, time(s.plannedMs), time(s.actualMs)]),
    });
  }
  if (w.privateNotes) {
    blocks.push({ type: 'heading', level: 1, text: 'Facilitator notes (private)' });
    for (const n of w.privateNotes) {
      blocks.push({ type: 'heading', level: 2, text: n.stage });
      blocks.push({ type: 'paragraph', text: n.text });
    }
  }
  if (w.agreement) blocks.push(...agreementBlocks(w.agreement));
  return blocks;
}

/** The agreement draft: parties, numbered clauses by section, then the traceability appendix. */
export function agreementBlocks(a: AgreementPart): Block[] {
  const blocks: Block[] = [{ type: 'pageBreak' }, { type: 'heading', level: 1, text: a.title }];
  blocks.push({ type: 'paragraph', text: `Status: ${a.status}`, tone: 'muted' });
  if (a.summary?.length) blocks.push({ type: 'list', items: a.summary.map((text) => ({ text })) });
  if (a.definitions?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Definitions' });
    blocks.push({
      type: 'list',
      items: a.definitions.map((d) => ({ text: d.meaning ? `${d.term}: ${d.meaning}` : d.term })),
    });
  }
  if (a.parties.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Parties' });
    blocks.push({ type: 'list', items: a.parties.map((text) => ({ text })) });
  }
  for (const section of a.sections) {
    blocks.push({ type: 'heading', level: 2, text: section.title });
    for (const c of section.clauses) {
      const notes: string[] = [...(c.details ?? [])];
      if (c.assent.length)
        notes.push(`Assent: ${c.assent.map((x) => `${x.who} (${x.stance})`).join(', ')}`);
      for (const contest of c.contests)
        notes.push(`Open contest${contest.who ? ` (${contest.who})` : ''}: ${contest.text}`);
      for (const o of c.settled ?? [])
        notes.push(`Objection${o.who ? ` (${o.who})` : ''}: ${o.text} — ${o.resolution}`);
      if (c.followUp) {
        if (c.followUp.owner) notes.push(`Owner: ${c.followUp.owner}`);
        if (c.followUp.nextStep) notes.push(`Next step: ${c.followUp.nextStep}`);
      }
      for (const round of c.rounds ?? []) notes.push(roundNote(round));
      blocks.push({
        type: 'clause',
        number: c.number,
        text: c.text,
        status: c.status,
        ...(notes.length ? { notes } : {}),
      });
    }
  }
  if (a.rounds?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Consent on the whole draft' });
    blocks.push({ type: 'list', items: a.rounds.map((r) => ({ text: roundNote(r) })) });
  }
  if (a.nextReview)
    blocks.push({ type: 'paragraph', text: `Next review: ${a.nextReview}`, tone: 'callout' });
  for (const review of a.reviews ?? []) blocks.push(...reviewBlocks(review));
  const traced = a.sections.flatMap((s) => s.clauses).filter((c) => c.sources.length);
  if (traced.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Appendix: where each clause came from' });
    blocks.push({
      type: 'table',
      header: ['Clause', 'Source cards on the board'],
      rows: traced.map((c) => [c.number, c.sources.join('\n')]),
    });
  }
  return blocks;
}

/** A review against the agreed version: each clause's promise, what happened, evidence, change. */
function reviewBlocks(r: ReviewPart): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: r.title },
    { type: 'list', items: r.facts.map((text) => ({ text })) },
  ];
  for (const c of r.clauses) {
    const notes = [
      ...c.details.map((d) => `Promised — ${d}`),
      c.evidence && `Evidence: ${c.evidence}`,
      c.reportedBy && `Reported by: ${c.reportedBy}`,
      c.change && `What we change: ${c.change}`,
      c.after,
    ].filter((n): n is string => Boolean(n));
    blocks.push({
      type: 'clause',
      number: c.number,
      text: c.promise,
      status: c.outcome,
      ...(notes.length ? { notes } : {}),
    });
  }
  return blocks;
}

/** A round in one line: the question, then each stance as "party — stance (who): why". */
function roundNote(r: ConsentRoundPart): string {
  const stances = r.stances.map(
    (s) =>
      `${s.party} — ${s.stance}${s.speaker ? ` (${s.speaker})` : ''}${s.reason ? `: ${s.reason}` : ''}`,
  );
  return stances.length ? `${r.title}. ${stances.join('; ')}.` : `${r.title}.`;
}

function titleFacts(w: SessionWriteUp): ExportDocument['titlePage']['facts'] {
  const facts: ExportDocument['titlePage']['facts'] = [];
  if (w.workshopName) facts.push({ label: 'Workshop', value: w.workshopName });
  if (w.date) facts.push({ label: 'Date', value: w.date });
  if (w.venue) facts.push({ label: 'Venue', value: w.venue });
  facts.push({ label: 'Exported', value: formatDateTime(w.generatedAt) });
  return facts;
}

export function writeUpDocument(w: SessionWriteUp): ExportDocument {
  return {
    titlePage: { title: w.title, subtitle: 'Session write-up', facts: titleFacts(w) },
    blocks: writeUpBlocks(w),
  };
}

/** Headings one level down, so a write-up can sit under a heading of its own. */
export function demote(blocks: Block[]): Block[] {
  return blocks.map((b) =>
    b.type === 'heading' ? { ...b, level: Math.min(3, b.level + 1) as 1 | 2 | 3 } : b,
  );
}

/**
 * The away-day pack: every session of the workshop in one document, each starting on its own
 * page under its title, after a contents list the organiser can circulate as it is.
 */
export function packDocument(
  writeUps: SessionWriteUp[],
  pack: { name: string; generatedAt: number },
): ExportDocument {
  const first = writeUps[0];
  const facts: ExportDocument['titlePage']['facts'] = [];
  if (first?.date) facts.push({ label: 'Date', value: first.date });
  if (first?.venue) facts.push({ label: 'Venue', value: first.venue });
  facts.push({ label: 'Sessions', value: String(writeUps.length) });
  facts.push({ label: 'Exported', value: formatDateTime(pack.generatedAt) });
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: 'Contents' },
    { type: 'list', ordered: true, items: writeUps.map((w) => ({ text: w.title })) },
  ];
  for (const w of writeUps) {
    blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 1, text: w.title });
    blocks.push(...demote(writeUpBlocks(w)));
  }
  return { titlePage: { title: pack.name, subtitle: 'Away-day pack', facts }, blocks };
}
