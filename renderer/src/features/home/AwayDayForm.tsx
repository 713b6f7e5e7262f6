import { useState } from 'react';

import { useRunCommand } from '../../commands/useCommands';
import { useUiStore } from '../../ui/uiStore';
import { AwayDayFields } from './AwayDayFields';
import { createAwayDay, type AwayDayInput } from './commands/awayDayCommands';

/** "New away day": a name and, if known, the date — then sessions can be filed under it. */
export function AwayDayForm() {
  const [open, setOpen] = useState(false);
  const run = useRunCommand();
  const showNotice = useUiStore((s) => s.showNotice);

  async function create(input: AwayDayInput): Promise<boolean> {
    const outcome = await run(createAwayDay, input);
    if (!outcome.ok) {
      showNotice({ tone: 'error', message: outcome.message });
      return false;
    }
    showNotice({
      tone: 'info',
      message: `Created “${outcome.value.name}”. File its groups' sessions under it with “Away day” beside each session.`,
    });
    setOpen(false);
    return true;
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        New away day
      </button>
    );
  }
  return (
    <AwayDayFields
      label="New away day"
      submitLabel="Create away day"
      onSubmit={create}
      onCancel={() => setOpen(false)}
    />
  );
}
