import { describe, expect, it } from 'vitest';

import { createTestApp } from '#fixtures/builders';
import { createAwayDay } from '#renderer/features/home/commands/awayDayCommands';
import {
  apartKey,
  setQuestionApart,
} from '#renderer/features/synthesis/commands/synthesisCommands';

describe('splitting a question from its near-duplicates', () => {
  it('keeps the split per away day, puts it back, and refuses a key that names no question', async () => {
    const app = createTestApp();
    const day = await app.commands.run(createAwayDay, { name: 'Riverside' });
    await app.commands.run(setQuestionApart, { workshopId: day.id, key: 's1:c1', apart: true });
    await app.commands.run(setQuestionApart, { workshopId: day.id, key: 's1:c2', apart: true });
    await app.commands.run(setQuestionApart, { workshopId: day.id, key: 's1:c1', apart: false });
    expect((await app.db.settings.get(apartKey(day.id)))!.value).toEqual(['s1:c2']);
    await expect(
      app.commands.run(setQuestionApart, { workshopId: day.id, key: '<b>', apart: true }),
    ).rejects.toThrow('did not recognise');
    await app.commands.undo();
    expect((await app.db.settings.get(apartKey(day.id)))!.value).toEqual(['s1:c1', 's1:c2']);
  });
});
