import { describe, expect, it } from 'vitest';

import { balanceChart } from '#shared/charts/balanceChart';
import type { Chart, Shape } from '#shared/charts/chart';
import { practicabilityChart, scoredPoints } from '#shared/charts/practicabilityChart';
import { chartToSvg } from '#shared/charts/toSvg';
import { balanceOf } from '#shared/synthesis/balance';

const texts = (chart: Chart) =>
  chart.shapes.filter((s): s is Extract<Shape, { type: 'text' }> => s.type === 'text');
const rects = (chart: Chart) =>
  chart.shapes.filter((s): s is Extract<Shape, { type: 'rect' }> => s.type === 'rect');

const balance = balanceOf({
  cards: [
    { id: '1', lane: 'legitimacy', participantId: 'ana' },
    { id: '2', lane: 'legitimacy', participantId: 'ana' },
    { id: '3', lane: 'accountability', participantId: 'ben' },
    { id: '4', lane: 'practicability', fromRoom: { party: null } },
  ],
  participants: [
    { id: 'ana', party: 'Residents' },
    { id: 'ben', party: 'Council <b>' },
  ],
  dots: [{ cardId: '1', participantId: 'ben', count: 2 }],
  objectionParties: ['Council <b>'],
  stanceParties: [],
});

describe('the balance chart', () => {
  it('draws one bar per party and lens, as long as its points, the longest filling the width', () => {
    const bars = rects(balanceChart(balance)).filter((r) => r.width > 4 && r.height === 24);
    expect(bars.map((b) => Math.round(b.width))).toEqual([630, 315, 315]);
  });

  it('flags a party that said nothing in a lens, but never “no party”', () => {
    const flags = texts(balanceChart(balance)).filter((t) => t.text === '0 — nothing said');
    // Residents: practicability, accountability; Council: legitimacy, practicability.
    expect(flags).toHaveLength(4);
    const labels = texts(balanceChart(balance)).map((t) => t.text);
    expect(labels).toContain('No party');
  });

  it('gives the same numbers as a table, anonymous points on a row of their own', () => {
    expect(balanceChart(balance).table.rows).toEqual([
      [
        'Residents',
        '2 points, 0 dots',
        '0 points, 0 dots',
        '0 points, 0 dots',
        '0',
        '0',
        'Practicability, Accountability',
      ],
      [
        'Council <b>',
        '0 points, 2 dots',
        '0 points, 0 dots',
        '1 point, 0 dots',
        '1',
        '0',
        'Legitimacy, Practicability',
      ],
      ['No party', '0 points, 0 dots', '1 point, 0 dots', '0 points, 0 dots', '—', '—', '—'],
    ]);
  });

  it('escapes party names in the SVG and names the picture', () => {
    const svg = chartToSvg(balanceChart(balance));
    expect(svg).toContain('Council &lt;b&gt;');
    expect(svg).not.toContain('Council <b>');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Balance of voices"/);
    expect(svg).toContain('<title>Balance of voices</title>');
  });

  it('keeps its labels legible on a projector (no text under 15 px at 960 px wide)', () => {
    const chart = balanceChart(balance);
    expect(chart.width).toBe(960);
    expect(Math.min(...texts(chart).map((t) => t.size))).toBeGreaterThanOrEqual(15);
  });
});

describe('the practicability chart', () => {
  const cards = [
    {
      lane: 'practicability',
      text: 'Staff on Sundays',
      order: 2,
      votes: 5,
      practicability: { evidence: 4, capacity: 1, control: 1 },
    },
    {
      lane: 'practicability',
      text: 'Volunteers',
      order: 1,
      votes: 2,
      practicability: { evidence: 5, capacity: 4, control: 3 },
    },
    { lane: 'practicability', text: 'Not scored', order: 3, votes: 9 },
    {
      lane: 'legitimacy',
      text: 'Wrong lane',
      order: 4,
      practicability: { evidence: 1, capacity: 1, control: 1 },
    },
    {
      lane: 'practicability',
      text: 'Same spot',
      order: 5,
      votes: 2,
      practicability: { evidence: 5, capacity: 4, control: 3 },
    },
  ];

  it('numbers the scored practicability points in board order, with the mean of their scores', () => {
    expect(
      scoredPoints(cards).map((p) => [p.number, p.text, p.practicability, p.importance]),
    ).toEqual([
      [1, 'Volunteers', 4, 2],
      [2, 'Staff on Sundays', 2, 5],
      [3, 'Same spot', 4, 2],
    ]);
  });

  it('places each point by practicability (x) and importance (y), and sets points at one spot side by side', () => {
    const chart = practicabilityChart(scoredPoints(cards));
    const circles = chart.shapes.filter((s) => s.type === 'circle');
    const [volunteers, sunday, same] = circles as Extract<Shape, { type: 'circle' }>[];
    expect(sunday!.cx).toBeLessThan(volunteers!.cx);
    expect(sunday!.cy).toBeLessThan(volunteers!.cy);
    expect(same!.cy).toBe(volunteers!.cy);
    expect(Math.abs(same!.cx - volunteers!.cx)).toBeGreaterThanOrEqual(34);
  });

  it('tables every score, and names the corner that needs contingencies', () => {
    const chart = practicabilityChart(scoredPoints(cards));
    expect(chart.table.rows[1]).toEqual(['2', 'Staff on Sundays', '4', '1', '1', '2.0', '5']);
    expect(texts(chart).map((t) => t.text)).toContain('Important but hard: plan for it');
  });
});
