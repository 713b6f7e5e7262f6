import { isCompactLayout } from '../../ui/useCompactLayout';
import { useWindowStore } from '../../ui/windowStore';

/** Opens the stage strip into the full panel (prompts, agenda, notes) and folds it back (S). */
export function StagePanelToggle({ open }: { open: boolean }) {
  const setOpen = useWindowStore((s) => s.setStagePanelOpen);
  return (
    <button
      type="button"
      className="button stage-panel-toggle"
      aria-label="Stage panel"
      aria-expanded={open}
      aria-keyshortcuts="S"
      title={
        open ? 'Fold the stage panel to a strip (S)' : 'Open the stage panel: prompts, agenda (S)'
      }
      onClick={() => setOpen(!open)}
    >
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
}

/** The S key: the panel's state as shown now, flipped (on a wide screen it starts open). */
export function toggleStagePanel(): void {
  const { stagePanelOpen, setStagePanelOpen } = useWindowStore.getState();
  setStagePanelOpen(!(stagePanelOpen ?? !isCompactLayout()));
}
