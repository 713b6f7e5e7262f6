// What the organiser changes in a synthesis: which near-duplicate questions are split apart.
// Kept as a setting of this computer (it is not in backups: docs/backup-format.md).
import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { WorkshopId } from '#shared/domain/ids';

export function apartKey(workshopId: WorkshopId): string {
  return `synthesis.apart.${workshopId}`;
}

/** The question keys split apart, from a setting row (anything else reads as none). */
export function apartOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const QUESTION_KEY = /^[\w-]{1,64}:[\w-]{1,64}$/;

/** Splits a question off from the near-duplicates it was put with, or puts it back. */
export const setQuestionApart = defineCommand<
  { workshopId: WorkshopId; key: string; apart: boolean },
  string[]
>({
  name: 'synthesis.setQuestionApart',
  label: 'Split question',
  tables: ['settings', 'workshops'],
  undoable: true,
  async run({ workshopId, key, apart }, w, { db }) {
    if (!(await db.workshops.get(workshopId)))
      throw new CommandError('not-found', 'That away day no longer exists.');
    if (!QUESTION_KEY.test(key))
      throw new CommandError('invalid', 'Parley did not recognise that question; nothing changed.');
    const settingKey = apartKey(workshopId);
    const current = apartOf((await db.settings.get(settingKey))?.value);
    const next = apart ? [...new Set([...current, key])] : current.filter((k) => k !== key);
    await w.put('settings', settingKey, { key: settingKey, value: next });
    return next;
  },
});
