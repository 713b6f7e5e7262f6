// An away day (a "workshop" in the data) gathers the sessions of several groups on one day, so
// the organisers' pack and a whole-day backup collect exactly those sessions.
import { newId, type SessionId, type WorkshopId } from '../../../../../shared/domain/ids';
import { checkText, TITLE_LIMIT } from '../../../../../shared/domain/text';
import type { Workshop } from '../../../../../shared/domain/types';
import { defineCommand } from '../../../commands/command';
import { CommandError } from '../../../commands/commandError';
import { requireSession } from '../../../commands/rowGuards';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const createAwayDay = defineCommand<{ name: string; date?: string | null }, Workshop>({
  name: 'awayDay.create',
  label: 'Create away day',
  tables: ['workshops'],
  undoable: true,
  async run(input, w, { now }) {
    const name = checkText(input.name, TITLE_LIMIT, 'away-day name');
    if (!name.ok) throw new CommandError('invalid', name.reason === 'empty' ? 'Give the away day a name, e.g. “Riverside away day”.' : name.message);
    const date = input.date?.trim() || null;
    if (date !== null && !ISO_DATE.test(date)) throw new CommandError('invalid', 'The date must be a day of the calendar, such as 2026-11-28.');
    const at = now();
    const workshop: Workshop = { id: newId<WorkshopId>(), name: name.text, date, venue: null, createdAt: at, updatedAt: at };
    await w.put('workshops', workshop.id, workshop);
    return workshop;
  },
});

/** Files a session under an away day, or takes it out of one (`workshopId: null`). */
export const fileSession = defineCommand<{ sessionId: SessionId; workshopId: WorkshopId | null }, void>({
  name: 'awayDay.fileSession',
  label: 'Move session to away day',
  tables: ['sessions', 'workshops'],
  undoable: true,
  async run({ sessionId, workshopId }, w, { db }) {
    const session = await requireSession(db, sessionId);
    if (workshopId !== null && !(await db.workshops.get(workshopId))) throw new CommandError('not-found', 'That away day no longer exists.');
    if (session.workshopId === workshopId) return;
    // Filing is not an edit of the session's content, so "last edited" stays as it was.
    await w.put('sessions', sessionId, { ...session, workshopId });
  },
});
