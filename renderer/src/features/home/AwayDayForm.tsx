import { useState, type FormEvent } from 'react';
import { useRunCommand } from '../../commands/useCommands';
import { useUiStore } from '../../ui/uiStore';
import { createAwayDay } from './commands/awayDayCommands';

/** "New away day": a name and, if known, the date — then sessions can be filed under it. */
export function AwayDayForm() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const run = useRunCommand();
  const showNotice = useUiStore((s) => s.showNotice);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(createAwayDay, { name, date: date || null });
    if (!outcome.ok) return showNotice({ tone: 'error', message: outcome.message });
    showNotice({ tone: 'info', message: `Created “${outcome.value.name}”. File its groups' sessions under it with “Away day” beside each session.` });
    setName('');
    setDate('');
    setOpen(false);
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        New away day
      </button>
    );
  }
  return (
    <form className="away-day-form" aria-label="New away day" onSubmit={(e) => void submit(e)}>
      <label>
        Away day name
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={400} />
      </label>
      <label>
        Date <span className="hint">(optional)</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" className="button button-primary">
        Create away day
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
