// An away day (a "workshop" in the data) gathers the sessions of several groups on one day, so
// the organisers' pack and a whole-day backup collect exactly those sessions.
import { defineCommand, type CommandContext } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import { newId, type SessionId, type WorkshopId } from '#shared/domain/ids';
import { checkText, TITLE_LIMIT } from '#shared/domain/text';
import type { Workshop } from '#shared/domain/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AwayDayInput {
  name: string;
  date?: string | null;
}

/** The name and date as they will be stored, or a message saying what is wrong. */
function checkAwayDay(input: AwayDayInput): { name: string; date: string | null } {
  const name = checkText(input.name, TITLE_LIMIT, 'away-day name');
  if (!name.ok)
    throw new CommandError(
      'invalid',
      name.reason === 'empty'
        ? 'Give the away day a name, e.g. “Riverside away day”.'
        : name.message,
    );
  const date = input.date?.trim() || null;
  if (date !== null && !ISO_DATE.test(date))
    throw new CommandError(
      'invalid',
      'The date must be a day of the calendar, such as 2026-11-28.',
    );
  return { name: name.text, date };
}

async function requireAwayDay(db: CommandContext['db'], id: WorkshopId): Promise<Workshop> {
  const workshop = await db.workshops.get(id);
  if (!workshop) throw new CommandError('not-found', 'That away day no longer exists.');
  return workshop;
}

export const createAwayDay = defineCommand<AwayDayInput, Workshop>({
  name: 'awayDay.create',
  label: 'Create away day',
  tables: ['workshops'],
  undoable: true,
  creates: true,
  async run(input, w, { now }) {
    const at = now();
    const workshop: Workshop = {
      id: newId<WorkshopId>(),
      ...checkAwayDay(input),
      venue: null,
      createdAt: at,
      updatedAt: at,
    };
    await w.put('workshops', workshop.id, workshop);
    return workshop;
  },
});

export const renameAwayDay = defineCommand<AwayDayInput & { workshopId: WorkshopId }, Workshop>({
  name: 'awayDay.rename',
  label: 'Rename away day',
  tables: ['workshops'],
  undoable: true,
  async run(input, w, { db, now }) {
    const workshop = {
      ...(await requireAwayDay(db, input.workshopId)),
      ...checkAwayDay(input),
      updatedAt: now(),
    };
    await w.put('workshops', workshop.id, workshop);
    return workshop;
  },
});

/** Deletes an away day; its sessions stay, no longer filed under it. Undo files them back. */
export const deleteAwayDay = defineCommand<{ workshopId: WorkshopId }, void>({
  name: 'awayDay.delete',
  label: 'Delete away day',
  tables: ['workshops', 'sessions'],
  undoable: true,
  async run({ workshopId }, w, { db }) {
    await requireAwayDay(db, workshopId);
    for (const session of await db.sessions.where('workshopId').equals(workshopId).toArray())
      await w.put('sessions', session.id, { ...session, workshopId: null });
    await w.delete('workshops', workshopId);
  },
});

/** Files a session under an away day, or takes it out of one (`workshopId: null`). */
export const fileSession = defineCommand<
  { sessionId: SessionId; workshopId: WorkshopId | null },
  void
>({
  name: 'awayDay.fileSession',
  label: 'Move session to away day',
  tables: ['sessions', 'workshops'],
  undoable: true,
  async run({ sessionId, workshopId }, w, { db }) {
    const session = await requireSession(db, sessionId);
    if (workshopId !== null) await requireAwayDay(db, workshopId);
    if (session.workshopId === workshopId) return;
    // Filing is not an edit of the session's content, so "last edited" stays as it was.
    await w.put('sessions', sessionId, { ...session, workshopId });
  },
});
