import { useEffect, useState } from 'react';

/**
 * A "Show <lane>" checkbox that ticks at once while its command runs (a controlled box would
 * spring back until the database answers), and springs back only if the command is refused.
 */
export function LaneCheckbox({
  label,
  shown,
  onToggle,
}: {
  label: string;
  shown: boolean;
  onToggle(show: boolean): Promise<boolean>;
}) {
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [shown]);
  return (
    <label className="presenter-panel-check">
      <input
        type="checkbox"
        checked={pending ?? shown}
        onChange={async (e) => {
          const show = e.target.checked;
          setPending(show);
          if (!(await onToggle(show))) setPending(null);
        }}
      />
      {label}
    </label>
  );
}
