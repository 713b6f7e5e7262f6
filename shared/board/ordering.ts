// Fractional ordering: a move writes only the moved rows instead of renumbering the lane.

/** Below this gap two neighbours can no longer be told apart reliably; the lane is renumbered. */
export const MIN_GAP = 1e-6;

/** k order values evenly spread between two neighbours (either may be missing); null if too tight. */
export function spreadOrders(
  prev: number | undefined,
  next: number | undefined,
  k: number,
): number[] | null {
  const out: number[] = [];
  if (next === undefined) {
    for (let i = 1; i <= k; i++) out.push((prev ?? 0) + i);
  } else if (prev === undefined) {
    for (let i = k; i >= 1; i--) out.push(next - i);
  } else {
    const step = (next - prev) / (k + 1);
    if (step < MIN_GAP) return null;
    for (let i = 1; i <= k; i++) out.push(prev + step * i);
  }
  return out;
}
