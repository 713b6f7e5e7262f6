import {
  isPracticabilityScores,
  practicabilityOf,
  SCORE_MAX,
  SCORE_MIN,
  type PracticabilityScores,
} from '../domain/practicability';
import {
  GRID,
  INK,
  LABEL_SIZE,
  LENS_COLOURS,
  MUTED_INK,
  PAPER,
  SMALL_SIZE,
  type Chart,
  type Shape,
} from './chart';

/** A scored practicability point, numbered as the chart labels it. */
export interface ScoredPoint {
  number: number;
  text: string;
  /** Dots and hands: how much the room cares about it. */
  importance: number;
  /** The mean of evidence, capacity and control (1–5). */
  practicability: number;
  scores: PracticabilityScores;
}

/** The practicability lane's scored points, in board order, numbered from 1. */
export function scoredPoints(
  cards: readonly {
    lane: string;
    text: string;
    order: number;
    votes?: number;
    practicability?: unknown;
  }[],
): ScoredPoint[] {
  return cards
    .filter((c) => c.lane === 'practicability' && isPracticabilityScores(c.practicability))
    .sort((a, b) => a.order - b.order)
    .map((c, i) => {
      const scores = c.practicability as PracticabilityScores;
      return {
        number: i + 1,
        text: c.text,
        importance: c.votes ?? 0,
        practicability: practicabilityOf(scores),
        scores,
      };
    });
}

const WIDTH = 960;
const HEIGHT = 580;
const PLOT = { left: 100, right: 40, top: 50, bottom: 90 };
const DOT = 17;

/**
 * Importance (dots) against practicability: each scored point is a numbered circle; the top-left
 * quarter — important but hard to do — is shaded and named, because that is where the draft
 * needs contingencies.
 */
export function practicabilityChart(points: readonly ScoredPoint[], id = 'practicability'): Chart {
  const w = WIDTH - PLOT.left - PLOT.right;
  const h = HEIGHT - PLOT.top - PLOT.bottom;
  // The axis runs one step past the most-voted point, so no circle sits on the chart's edge.
  const mostVotes = Math.max(4, ...points.map((p) => p.importance));
  const step = Math.ceil(mostVotes / 4);
  const maxImportance = step * (Math.floor(mostVotes / step) + 1);
  const x = (v: number) => PLOT.left + ((v - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * w;
  const y = (v: number) => PLOT.top + h - (v / maxImportance) * h;
  const midX = x((SCORE_MIN + SCORE_MAX) / 2);
  const midY = y(maxImportance / 2);
  const shapes: Shape[] = [
    {
      type: 'rect',
      x: PLOT.left,
      y: PLOT.top,
      width: midX - PLOT.left,
      height: midY - PLOT.top,
      fill: '#FBEFE3',
    },
    {
      type: 'text',
      x: PLOT.left + 10,
      y: PLOT.top + 24,
      text: 'Important but hard: plan for it',
      size: SMALL_SIZE,
      fill: '#7A3E00',
      bold: true,
    },
  ];
  for (let v = SCORE_MIN; v <= SCORE_MAX; v++) {
    shapes.push({
      type: 'line',
      x1: x(v),
      y1: PLOT.top,
      x2: x(v),
      y2: PLOT.top + h,
      stroke: GRID,
      dashed: v !== SCORE_MIN,
    });
    shapes.push({
      type: 'text',
      x: x(v),
      y: PLOT.top + h + 26,
      text: String(v),
      size: SMALL_SIZE,
      fill: MUTED_INK,
      anchor: 'middle',
    });
  }
  for (let v = 0; v <= maxImportance; v += step) {
    shapes.push({
      type: 'line',
      x1: PLOT.left,
      y1: y(v),
      x2: PLOT.left + w,
      y2: y(v),
      stroke: GRID,
      dashed: v !== 0,
    });
    shapes.push({
      type: 'text',
      x: PLOT.left - 12,
      y: y(v) + 5,
      text: String(v),
      size: SMALL_SIZE,
      fill: MUTED_INK,
      anchor: 'end',
    });
  }
  shapes.push(
    {
      type: 'text',
      x: PLOT.left + w / 2,
      y: HEIGHT - 22,
      text: 'Practicability (mean of evidence, capacity, control; 1 = weak, 5 = strong)',
      size: LABEL_SIZE,
      fill: INK,
      anchor: 'middle',
    },
    {
      type: 'text',
      x: 16,
      y: PLOT.top - 18,
      text: 'Importance (dots)',
      size: LABEL_SIZE,
      fill: INK,
      bold: true,
    },
  );
  // Points at the same place are set side by side, so every number stays readable.
  const taken = new Map<string, number>();
  for (const p of points) {
    const key = `${p.practicability}|${p.importance}`;
    const nth = taken.get(key) ?? 0;
    taken.set(key, nth + 1);
    const cx = x(p.practicability) + nth * (DOT * 2 + 2) * (p.practicability >= 4.5 ? -1 : 1);
    const cy = y(p.importance);
    shapes.push({
      type: 'circle',
      cx,
      cy,
      r: DOT,
      fill: LENS_COLOURS.practicability,
      stroke: PAPER,
    });
    shapes.push({
      type: 'text',
      x: cx,
      y: cy + 6,
      text: String(p.number),
      size: LABEL_SIZE,
      fill: PAPER,
      anchor: 'middle',
      bold: true,
    });
  }
  return {
    id,
    title: 'Practicability at a glance',
    description: `${points.length} scored practicability points placed by importance (dots) against practicability; the numbers match the table.`,
    width: WIDTH,
    height: HEIGHT,
    shapes,
    table: {
      caption: 'Practicability scores and importance of each scored point',
      header: ['No.', 'Point', 'Evidence', 'Capacity', 'Control', 'Practicability', 'Dots'],
      rows: points.map((p) => [
        String(p.number),
        p.text,
        String(p.scores.evidence),
        String(p.scores.capacity),
        String(p.scores.control),
        p.practicability.toFixed(1),
        String(p.importance),
      ]),
    },
  };
}
