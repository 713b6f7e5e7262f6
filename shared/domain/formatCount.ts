// Written out by hand rather than with toLocaleString('en-GB'): that builds an ICU formatter at
// each call, and the first one loads the locale's data — over 100 ms on a loaded laptop, paid
// by the import dialog of a 10,000-card backup and by each redraw of its progress bar
// (docs/architecture.md, "Long work").
const THOUSANDS = /\B(?=(\d{3})+$)/g;

/** 10000 → "10,000", as every count shown to the facilitator is written (British English). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(THOUSANDS, ',')}`;
}
