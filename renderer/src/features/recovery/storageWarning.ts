/** Above this share of the origin's quota, the facilitator is warned before writes start failing. */
export const STORAGE_WARNING_SHARE = 0.9;

/** The warning to show for a storage estimate, or null while there is room. */
export function storageWarning(estimate: { usage?: number; quota?: number }): string | null {
  const { usage, quota } = estimate;
  if (!usage || !quota || usage / quota < STORAGE_WARNING_SHARE) return null;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en-GB')} MB`;
  return `Parley is almost out of storage space (${mb(usage)} of ${mb(quota)} used). Free some disk space soon, or saving will stop working.`;
}
