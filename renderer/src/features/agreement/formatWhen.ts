/** "28 Nov, 15:04": when an amendment or assent happened, in the facilitator's local time. */
export function formatWhen(at: number): string {
  return new Date(at).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
