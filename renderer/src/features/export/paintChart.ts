import { PAPER, type Chart, type Shape } from '#shared/charts/chart';
import type { ChartPainter } from '#shared/export/exportJob';

/** Twice the chart's size: sharp when Word scales the picture to the page or it is projected. */
const SCALE = 2;

function draw(ctx: OffscreenCanvasRenderingContext2D, s: Shape): void {
  switch (s.type) {
    case 'rect':
      ctx.fillStyle = s.fill;
      ctx.fillRect(s.x, s.y, s.width, s.height);
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = s.stroke;
      ctx.stroke();
      return;
    case 'line':
      ctx.beginPath();
      ctx.setLineDash(s.dashed ? [6, 4] : []);
      ctx.moveTo(s.x1, s.y1);
      ctx.lineTo(s.x2, s.y2);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = s.stroke;
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'text':
      ctx.font = `${s.bold ? 'bold ' : ''}${s.size}px Calibri, Arial, sans-serif`;
      ctx.textAlign = s.anchor === 'middle' ? 'center' : (s.anchor ?? 'start');
      ctx.fillStyle = s.fill;
      ctx.fillText(s.text, s.x, s.y);
  }
}

/**
 * Draws a chart's shapes on an OffscreenCanvas (the worker has no DOM to load an SVG into), the
 * same shapes the SVG is made of, and returns PNG bytes for Word. Null where there is no canvas.
 */
export const paintChart: ChartPainter = async (chart: Chart) => {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const canvas = new OffscreenCanvas(chart.width * SCALE, chart.height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, chart.width, chart.height);
  for (const shape of chart.shapes) draw(ctx, shape);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
};
