import { useWindowStore } from '../../ui/windowStore';

/**
 * Focus mode (F): the lane the current stage captures into takes most of the width and the
 * others narrow to a column of short cards, so the group's current words are never crowded out.
 */
export function FocusModeButton({ hasCurrentLane }: { hasCurrentLane: boolean }) {
  const focusMode = useWindowStore((s) => s.focusMode);
  const setFocusMode = useWindowStore((s) => s.setFocusMode);
  return (
    <button
      type="button"
      className="button button-small focus-mode-button"
      aria-pressed={focusMode}
      aria-keyshortcuts="F"
      disabled={!hasCurrentLane}
      title={
        hasCurrentLane
          ? 'Focus mode: the current lane large, the others narrow (F)'
          : 'Focus mode needs a stage that captures into a lane'
      }
      onClick={() => setFocusMode(!focusMode)}
    >
      Focus mode
    </button>
  );
}
