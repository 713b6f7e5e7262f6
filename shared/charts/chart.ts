// A chart as plain data (docs/synthesis.md, "Charts"): a few shapes on a fixed canvas, plus the
// same numbers as a table for screen readers and for formats that cannot draw. One description is
// drawn three ways — as React SVG in the app, as an SVG string in HTML/PDF, and onto a canvas for
// the PNG in Word — so the pictures cannot disagree.

export type Shape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      dashed?: boolean;
    }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill: string;
      anchor?: 'start' | 'middle' | 'end';
      bold?: boolean;
    };

export interface ChartTable {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface Chart {
  /** Stable within a document, so a rendered picture can be matched to its chart. */
  id: string;
  title: string;
  /** One sentence saying what the picture shows (its accessible name). */
  description: string;
  width: number;
  height: number;
  shapes: Shape[];
  table: ChartTable;
}

/**
 * The board's lane colours (renderer/src/styles/tokens.css), so a lens looks the same on the wall
 * and on paper; dark enough for white labels. Every bar and point also carries its number and
 * the legend its lens's name, so colour is never the only cue.
 */
export const LENS_COLOURS = {
  legitimacy: '#3F3A9E',
  practicability: '#0B6B61',
  accountability: '#9A4A07',
} as const;
export const INK = '#1F2328';
export const MUTED_INK = '#57606A';
export const GRID = '#D0D7DE';
export const PAPER = '#FFFFFF';
export const ALERT = '#B3261E';
/** Big enough to read from the back of a room when the chart fills a projector. */
export const LABEL_SIZE = 18;
export const SMALL_SIZE = 15;

/** Text can be long; a chart shows the first words and the table the rest. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
