// The synthesis of an away day (docs/synthesis.md): every group's session side by side, as one
// format-free model the screen shows and the exporters lay out. Built from the same SessionData
// as each group's own write-up, so the two never disagree.
import { scoredPoints, type ScoredPoint } from '../charts/practicabilityChart';
import { LANES } from '../domain/lanes';
import type { AgreementClausePart } from '../export/agreementPart';
import {
  buildWriteUp,
  namesFor,
  type ExportOptions,
  type SessionData,
  type SessionWriteUp,
  type WriteUpPoint,
} from '../export/writeUp';
import { hasVoices, LENS_IDS, type Balance, type LensId } from './balance';
import { groupNearDuplicates, type QuestionCluster, type QuestionItem } from './nearDuplicates';

/** How many of each lens's most-voted points the synthesis lists. */
export const TOP_POINTS = 5;

export interface SynthesisOptions extends ExportOptions {
  /** Questions a person split off from their near-duplicates (`<sessionId>:<cardId>`). */
  apart?: readonly string[];
}

export interface GroupConclusions {
  group: string;
  conclusions: WriteUpPoint[];
}

export interface SynthesisProposition {
  text: string;
  /** Every group that examined this proposition, in the away day's order. */
  groups: GroupConclusions[];
}

export interface RankedPoint {
  text: string;
  group: string;
  votes: number;
}

export interface ClauseRow {
  group: string;
  number: string;
  text: string;
  status: string;
  consent: string;
}

export interface Synthesis {
  name: string;
  date: string | null;
  venue: string | null;
  generatedAt: number;
  groups: string[];
  propositions: SynthesisProposition[];
  topPoints: { lens: LensId; label: string; points: RankedPoint[] }[];
  surprising: { text: string; group: string }[];
  questions: QuestionCluster[];
  clauses: ClauseRow[];
  practicability: { group: string; points: ScoredPoint[] }[];
  /** Present only when the organiser chose to include it. */
  balance?: { group: string; balance: Balance }[];
  /** Each group's own write-up, for the appendix. */
  writeUps: SessionWriteUp[];
}

/** Propositions are matched across groups by their words, ignoring case and spacing. */
const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** What a clause's consent comes to, in a table cell: assent, standing objections, last stances. */
export function consentOf(c: AgreementClausePart): string {
  const parts: string[] = [];
  if (c.assent.length) parts.push(`Assent: ${c.assent.map((a) => a.who).join(', ')}`);
  if (c.contests.length)
    parts.push(`Objection: ${c.contests.map((o) => o.who ?? 'a party').join(', ')}`);
  const round = c.rounds?.at(-1);
  if (round?.stances.length)
    parts.push(`Last round: ${round.stances.map((s) => `${s.party} ${s.stance}`).join(', ')}`);
  return parts.join('; ') || 'No consent recorded';
}

export function buildSynthesis(
  sessions: readonly SessionData[],
  away: { name: string },
  options: SynthesisOptions,
): Synthesis {
  // The balance has its own section; the appendix write-ups leave it out so it is not printed twice.
  const writeUps = sessions.map((s) => buildWriteUp(s, { ...options, includeBalance: false }));
  const groups = writeUps.map((w) => w.title);

  const propositions: SynthesisProposition[] = [];
  writeUps.forEach((w) => {
    for (const p of w.propositions) {
      let entry = propositions.find((e) => sameText(e.text) === sameText(p.text));
      if (!entry) propositions.push((entry = { text: p.text, groups: [] }));
      entry.groups.push({ group: w.title, conclusions: p.conclusions });
    }
  });

  const topPoints = LENS_IDS.map((lens) => ({
    lens,
    label: LANES[lens].label,
    points: writeUps
      .flatMap((w) =>
        w.propositions.flatMap((p) =>
          (p.lenses.find((l) => l.lane === lens)?.points ?? []).map((pt) => ({
            text: pt.text,
            group: w.title,
            votes: pt.votes ?? 0,
          })),
        ),
      )
      .filter((pt) => pt.votes > 0)
      // Stable: equal votes keep the away day's order.
      .sort((a, b) => b.votes - a.votes)
      .slice(0, TOP_POINTS),
  }));

  const surprising = writeUps.flatMap((w) =>
    w.propositions.flatMap((p) =>
      p.conclusions.filter((c) => c.surprising).map((c) => ({ text: c.text, group: w.title })),
    ),
  );

  // Anonymising takes names out of every text, as each group's own write-up does.
  const names = sessions.map((s) => namesFor(s, options));
  const questionItems: QuestionItem[] = sessions.flatMap((s, i) =>
    s.cards
      .filter((c) => c.lane === 'questions')
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        key: `${s.session.id}:${c.id}`,
        text: names[i]!.text(c.text),
        group: groups[i]!,
      })),
  );
  const questions = groupNearDuplicates(questionItems, { apart: new Set(options.apart ?? []) });

  const clauses: ClauseRow[] = writeUps.flatMap((w) =>
    (w.agreement?.sections ?? []).flatMap((section) =>
      section.clauses.map((c) => ({
        group: w.title,
        number: c.number,
        text: c.text,
        status: c.status,
        consent: consentOf(c),
      })),
    ),
  );

  const practicability = sessions
    .map((s, i) => ({
      group: groups[i]!,
      points: scoredPoints(s.cards).map((p) => ({ ...p, text: names[i]!.text(p.text) })),
    }))
    .filter((g) => g.points.length > 0);

  const first = writeUps[0];
  const synthesis: Synthesis = {
    name: away.name,
    date: first?.date ?? null,
    venue: first?.venue ?? null,
    generatedAt: options.generatedAt,
    groups,
    propositions,
    topPoints,
    surprising,
    questions,
    clauses,
    practicability,
    writeUps,
  };
  if (options.includeBalance)
    synthesis.balance = sessions.flatMap((s, i) =>
      s.balance && hasVoices(s.balance) ? [{ group: groups[i]!, balance: s.balance }] : [],
    );
  return synthesis;
}
