// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { AppServicesContext, type AppServices } from '#renderer/commands/AppServices';
import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { useRunWithNotice } from '#renderer/commands/useRunWithNotice';
import { useWindowStore } from '#renderer/ui/windowStore';

afterEach(() => {
  cleanup();
  useWindowStore.getState().clearNotice();
});

const renameCard = defineCommand<{ text: string }, number>({
  name: 'test.rename',
  label: 'Rename',
  tables: [],
  undoable: false,
  run: async () => 0,
});

/** A command runner that refuses, or answers with the value given. */
function services(answer: { refuse: string } | { value: number }): AppServices {
  const commands = {
    run: async () => {
      if ('refuse' in answer) throw new CommandError('invalid', answer.refuse);
      return answer.value;
    },
  };
  return { db: {}, commands } as unknown as AppServices;
}

function renderRun(answer: { refuse: string } | { value: number }) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppServicesContext.Provider value={services(answer)}>{children}</AppServicesContext.Provider>
  );
  return renderHook(() => useRunWithNotice(), { wrapper }).result.current;
}

describe('running a command from the UI', () => {
  it('shows the refusal in the notice bar as an error, and hands back the outcome', async () => {
    const run = renderRun({ refuse: 'A card needs some text.' });
    let outcome: Awaited<ReturnType<typeof run>> | undefined;
    await act(async () => {
      outcome = await run(renameCard, { text: '' }, { done: 'Renamed.' });
    });
    expect(outcome).toMatchObject({ ok: false, message: 'A card needs some text.' });
    expect(useWindowStore.getState().notice).toMatchObject({
      tone: 'error',
      message: 'A card needs some text.',
    });
  });

  it('uses the tone asked for, and stays quiet for a form that shows the reason itself', async () => {
    const run = renderRun({ refuse: 'This is the last stage.' });
    await act(() => run(renameCard, { text: '' }, { failureTone: 'info' }));
    expect(useWindowStore.getState().notice).toMatchObject({ tone: 'info' });
    useWindowStore.getState().clearNotice();
    await act(() => run(renameCard, { text: '' }, { failureNotice: false }));
    expect(useWindowStore.getState().notice).toBeNull();
  });

  it('says what was done, from the value, and offers Undo when asked; nothing when not asked', async () => {
    const run = renderRun({ value: 3 });
    await act(() => run(renameCard, { text: 'x' }));
    expect(useWindowStore.getState().notice).toBeNull();
    await act(() =>
      run(renameCard, { text: 'x' }, { done: (n) => `${n} sorted.`, offerUndo: (n) => n > 0 }),
    );
    expect(useWindowStore.getState().notice).toMatchObject({
      tone: 'info',
      message: '3 sorted.',
      offerUndo: true,
    });
  });
});
