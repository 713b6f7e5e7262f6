import { escapeHtml } from '../export/escape';
import { PAPER, type Chart, type Shape } from './chart';

const e = escapeHtml;
const n = (value: number) => String(Math.round(value * 10) / 10);

function shape(s: Shape): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${e(s.fill)}"/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${e(s.fill)}" stroke="${e(s.stroke)}" stroke-width="2"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${e(s.stroke)}" stroke-width="1.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${s.size}" fill="${e(s.fill)}" text-anchor="${s.anchor ?? 'start'}"${s.bold ? ' font-weight="bold"' : ''}>${e(s.text)}</text>`;
  }
}

/**
 * The chart as a standalone SVG element (HTML, PDF, and the source of nothing else): user text is
 * escaped like any HTML; the title and description name the picture for screen readers.
 */
export function chartToSvg(chart: Chart): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-label="${e(chart.title)}" font-family="Calibri, Arial, sans-serif">`,
    `<title>${e(chart.title)}</title>`,
    `<desc>${e(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${chart.width}" height="${chart.height}" fill="${PAPER}"/>`,
    ...chart.shapes.map(shape),
    '</svg>',
  ].join('\n');
}
