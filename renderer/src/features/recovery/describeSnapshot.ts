import type { SnapshotMeta, SnapshotReason } from '#shared/recovery/snapshot';

const REASONS: Record<SnapshotReason, string> = {
  auto: 'Automatic',
  manual: 'Taken by hand',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import replaced sessions',
};

export function reasonLabel(reason: SnapshotReason): string {
  return REASONS[reason];
}

/** "3 sessions, 42 cards" — what a facilitator recognises a snapshot by. */
export function describeCounts(counts: SnapshotMeta['counts']): string {
  const sessions = counts.sessions ?? 0;
  const cards = counts.cards ?? 0;
  return `${sessions} session${sessions === 1 ? '' : 's'}, ${cards} card${cards === 1 ? '' : 's'}`;
}

export function formatSnapshotTime(takenAt: number): string {
  return new Date(takenAt).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
