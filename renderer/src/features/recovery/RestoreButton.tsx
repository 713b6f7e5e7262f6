import { navigate } from '../../ui/useHashRoute';

/** Home's way into the Restore screen (the rolling snapshots). */
export function RestoreButton() {
  return (
    <button type="button" className="button" onClick={() => navigate({ name: 'restore' })}>
      Restore
    </button>
  );
}
