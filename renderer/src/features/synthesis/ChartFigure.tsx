import { useId } from 'react';

import { PAPER, type Chart, type Shape } from '#shared/charts/chart';

function ShapeView({ shape: s }: { shape: Shape }) {
  switch (s.type) {
    case 'rect':
      return <rect x={s.x} y={s.y} width={s.width} height={s.height} fill={s.fill} />;
    case 'circle':
      return <circle cx={s.cx} cy={s.cy} r={s.r} fill={s.fill} stroke={s.stroke} strokeWidth={2} />;
    case 'line':
      return (
        <line
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          stroke={s.stroke}
          strokeWidth={1.5}
          strokeDasharray={s.dashed ? '6 4' : undefined}
        />
      );
    case 'text':
      return (
        <text
          x={s.x}
          y={s.y}
          fontSize={s.size}
          fill={s.fill}
          textAnchor={s.anchor ?? 'start'}
          fontWeight={s.bold ? 'bold' : undefined}
        >
          {s.text}
        </text>
      );
  }
}

/**
 * A chart drawn from its shapes (the same ones the exports draw), then its numbers as a table:
 * the picture is named for screen readers, and the table reads every figure out.
 */
export function ChartFigure({ chart }: { chart: Chart }) {
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={`${chart.title}: ${chart.description}`}
      >
        <rect x={0} y={0} width={chart.width} height={chart.height} fill={PAPER} />
        {chart.shapes.map((shape, i) => (
          <ShapeView key={i} shape={shape} />
        ))}
      </svg>
      <figcaption id={captionId}>{chart.title}</figcaption>
      <table className="chart-table">
        <caption>{chart.table.caption}</caption>
        <thead>
          <tr>
            {chart.table.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {value}
                  </th>
                ) : (
                  <td key={c}>{value}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
