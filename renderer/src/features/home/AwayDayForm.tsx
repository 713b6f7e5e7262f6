import { useState } from 'react';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { AwayDayFields } from './AwayDayFields';
import { createAwayDay, type AwayDayInput } from './commands/awayDayCommands';

/** "New away day": a name and, if known, the date — then sessions can be filed under it. */
export function AwayDayForm() {
  const [open, setOpen] = useState(false);
  const run = useRunWithNotice();

  async function create(input: AwayDayInput): Promise<boolean> {
    const outcome = await run(createAwayDay, input, {
      done: (day) =>
        `Created “${day.name}”. File its groups' sessions under it with “Away day” beside each session.`,
    });
    if (outcome.ok) setOpen(false);
    return outcome.ok;
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
