import { formatCount } from '#shared/domain/formatCount';

import { useWindowStore } from './windowStore';

/**
 * Long work in progress (an import, a Word export, an away-day pack): what is being done, a bar
 * that fills where the amount is known, and Cancel while stopping is safe. Drawn once per window.
 */
export function WorkProgressBar() {
  const progress = useWindowStore((s) => s.progress);
  if (!progress) return null;
  const { label, done, total, cancel } = progress;
  return (
    <div className="work-progress" role="group" aria-label="Work in progress">
      <span className="work-progress-label">
        {label}
        {total !== null && ` — ${formatCount(done)} of ${formatCount(total)}`}
      </span>
      {total !== null ? (
        <progress aria-label={label} max={Math.max(total, 1)} value={done} />
      ) : (
        <progress aria-label={label} />
      )}
      {cancel && (
        <button type="button" className="button button-small" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
