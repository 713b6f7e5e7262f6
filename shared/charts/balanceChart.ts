import { LANES } from '../domain/lanes';
import { LENS_IDS, type Balance, type LensCount, type LensId } from '../synthesis/balance';
import {
  ALERT,
  GRID,
  INK,
  LABEL_SIZE,
  LENS_COLOURS,
  MUTED_INK,
  shorten,
  SMALL_SIZE,
  type Chart,
  type ChartTable,
  type Shape,
} from './chart';

const WIDTH = 960;
const LEFT = 250;
const RIGHT = 80;
const TOP = 70;
const BAR = 24;
const BAR_GAP = 6;
const GROUP_GAP = 26;
/** Anonymous phones' points and cards nobody was named for: counted, never given to a party. */
export const NOBODY_LABEL = 'No party';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const cell = (c: LensCount) => `${plural(c.points, 'point')}, ${plural(c.dots, 'dot')}`;

/** The balance as numbers: one row per party (and one for what no party can claim). */
export function balanceTable(balance: Balance): ChartTable {
  const lensHeads = LENS_IDS.map((l) => LANES[l].label);
  const rows = balance.parties.map((p) => [
    p.party,
    ...LENS_IDS.map((l) => cell(p.lenses[l])),
    String(p.objections),
    String(p.stances),
    p.silentIn.length ? p.silentIn.map((l) => LANES[l].label).join(', ') : '—',
  ]);
  if (LENS_IDS.some((l) => balance.nobody[l].points + balance.nobody[l].dots > 0))
    rows.push([NOBODY_LABEL, ...LENS_IDS.map((l) => cell(balance.nobody[l])), '—', '—', '—']);
  return {
    caption: 'Balance of voices: points and dots per party and lens, objections and stances',
    header: ['Party', ...lensHeads, 'Objections', 'Stances', 'Nothing said in'],
    rows,
  };
}

/**
 * Points raised per party, one bar per lens: a party with nothing in a lens shows "0 — nothing
 * said" in red beside an empty bar, the flag the facilitator acts on.
 */
export function balanceChart(balance: Balance, id = 'balance'): Chart {
  const groups: { label: string; lenses: Record<LensId, LensCount>; party: boolean }[] =
    balance.parties.map((p) => ({ label: p.party, lenses: p.lenses, party: true }));
  if (LENS_IDS.some((l) => balance.nobody[l].points > 0))
    groups.push({ label: NOBODY_LABEL, lenses: balance.nobody, party: false });
  const max = Math.max(1, ...groups.flatMap((g) => LENS_IDS.map((l) => g.lenses[l].points)));
  const groupHeight = LENS_IDS.length * (BAR + BAR_GAP) - BAR_GAP;
  const height = TOP + Math.max(1, groups.length) * (groupHeight + GROUP_GAP) + 10;
  const span = WIDTH - LEFT - RIGHT;
  const shapes: Shape[] = [];
  // The legend says which colour is which lens; each bar also repeats its number.
  LENS_IDS.forEach((lens, i) => {
    const x = LEFT + i * 210;
    shapes.push({ type: 'rect', x, y: 24, width: 20, height: 20, fill: LENS_COLOURS[lens] });
    shapes.push({
      type: 'text',
      x: x + 28,
      y: 41,
      text: LANES[lens].label,
      size: SMALL_SIZE,
      fill: INK,
    });
  });
  shapes.push({ type: 'line', x1: LEFT, y1: TOP - 8, x2: LEFT, y2: height - 10, stroke: GRID });
  groups.forEach((g, gi) => {
    const top = TOP + gi * (groupHeight + GROUP_GAP);
    shapes.push({
      type: 'text',
      x: LEFT - 14,
      y: top + groupHeight / 2 + 6,
      text: shorten(g.label, 22),
      size: LABEL_SIZE,
      fill: INK,
      anchor: 'end',
      bold: true,
    });
    LENS_IDS.forEach((lens, li) => {
      const y = top + li * (BAR + BAR_GAP);
      const points = g.lenses[lens].points;
      // Only a party can be silent; "no party" with nothing is simply nothing.
      const silent = points === 0 && g.party;
      const width = (points / max) * span;
      // A stub of the lens's colour starts every row, so an empty bar still says which lens it is.
      shapes.push({ type: 'rect', x: LEFT, y, width: 4, height: BAR, fill: LENS_COLOURS[lens] });
      if (width > 0)
        shapes.push({ type: 'rect', x: LEFT, y, width, height: BAR, fill: LENS_COLOURS[lens] });
      shapes.push({
        type: 'text',
        x: LEFT + width + 8,
        y: y + BAR - 6,
        text: silent ? '0 — nothing said' : String(points),
        size: SMALL_SIZE,
        fill: silent ? ALERT : MUTED_INK,
        bold: silent,
      });
    });
  });
  return {
    id,
    title: 'Balance of voices',
    description: `Points raised per party in each lens, for ${plural(balance.parties.length, 'party', 'parties')}; the table beside it gives every count.`,
    width: WIDTH,
    height,
    shapes,
    table: balanceTable(balance),
  };
}
