import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import type { SessionId } from '#shared/domain/ids';
import { checkText, stripControlCharacters } from '#shared/domain/text';
import { stageNoteId, type StageId, type StageNote } from '#shared/stages/types';

export const NOTE_LIMIT = 10_000;

/**
 * Saves the facilitator's private notes on a stage. Not undoable: the notes box keeps its own
 * undo while typing, and saving happens as they type, which would flood the board's history.
 */
export const saveStageNote = defineCommand<
  { sessionId: SessionId; stageId: StageId; text: string },
  StageNote | null
>({
  name: 'note.save',
  label: 'Save private notes',
  tables: ['stageNotes', 'stagePlans'],
  undoable: false,
  async run({ sessionId, stageId, text }, w, { db, now }) {
    const id = stageNoteId(sessionId, stageId);
    const clean = stripControlCharacters(text);
    if (clean.trim().length === 0) {
      await w.delete('stageNotes', id);
      return null;
    }
    const check = checkText(clean, NOTE_LIMIT, 'note');
    if (!check.ok) throw new CommandError('invalid', check.message);
    await requireSession(db, sessionId);
    // Keep the facilitator's own line breaks and spacing: only the limit is checked on the trimmed text.
    const note: StageNote = { id, sessionId, stageId, text: clean, updatedAt: now() };
    await w.put('stageNotes', id, note);
    return note;
  },
});
