import { useState } from 'react';

import type { Workshop } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { navigate } from '../../ui/useHashRoute';
import { AwayDayFields } from './AwayDayFields';
import { deleteAwayDay, renameAwayDay, type AwayDayInput } from './commands/awayDayCommands';

/** An away day's name and date over its sessions, with Rename and Delete (which asks first and can be undone). */
export function AwayDayHeading({
  day,
  headingId,
  sessionCount,
}: {
  day: Workshop;
  headingId: string;
  sessionCount: number;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const run = useRunWithNotice();

  async function rename(input: AwayDayInput): Promise<boolean> {
    const outcome = await run(renameAwayDay, { ...input, workshopId: day.id });
    if (outcome.ok) setMode('view');
    return outcome.ok;
  }

  async function remove() {
    await run(
      deleteAwayDay,
      { workshopId: day.id },
      { done: `Deleted the away day “${day.name}”; its sessions are kept.`, offerUndo: true },
    );
    setMode('view');
  }

  return (
    <div className="away-day-heading">
      <h3 id={headingId}>
        {day.name}
        {day.date && <span className="away-day-date"> · {formatDay(day.date)}</span>}
      </h3>
      {mode === 'view' && (
        <span className="away-day-actions">
          {/* Automation contract (docs/architecture.md, "Accessible names"): "Synthesis". */}
          <button
            type="button"
            className="button"
            onClick={() => navigate({ name: 'synthesis', workshopId: day.id })}
          >
            Synthesis
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Rename away day ${day.name}`}
            onClick={() => setMode('rename')}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Delete away day ${day.name}`}
            onClick={() => setMode('delete')}
          >
            Delete
          </button>
        </span>
      )}
      {mode === 'rename' && (
        <AwayDayFields
          label={`Rename ${day.name}`}
          submitLabel="Save"
          initial={{ name: day.name, date: day.date }}
          onSubmit={rename}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'delete' && (
        <div className="session-delete-confirm" role="group" aria-label={`Delete ${day.name}?`}>
          <span>
            Delete this away day?{' '}
            {sessionCount === 0
              ? 'It has no sessions.'
              : `Its ${sessionCount === 1 ? 'session is' : `${sessionCount} sessions are`} kept, no longer filed under it.`}
          </span>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            Delete away day
          </button>
          <button type="button" className="button" autoFocus onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}

/** "2026-11-28" as "28 November 2026", read as a calendar day wherever the laptop is. */
export function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
