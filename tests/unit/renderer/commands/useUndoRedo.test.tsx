// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import { addCard } from '#renderer/commands/cardCommands';
import { useUndoAvailability, useUndoRedo } from '#renderer/commands/useCommands';

afterEach(cleanup);

/** Renders `hook` under the app's services, counting its renders. */
function counted<T>(app: TestApp, hook: () => T) {
  let renders = 0;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppServicesContext.Provider value={{ db: app.db, commands: app.commands }}>
      {children}
    </AppServicesContext.Provider>
  );
  const rendered = renderHook(
    () => {
      renders++;
      return hook();
    },
    { wrapper },
  );
  return { rendered, renders: () => renders };
}

describe('undo and redo in the UI', () => {
  // The window's root calls useUndoRedo: if it redrew on every command, every card typed would
  // redraw the whole board around the lanes (docs/architecture.md, "Performance budgets").
  it('hands out undo and redo without redrawing when commands run', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    const { rendered, renders } = counted(app, () => useUndoRedo());
    const first = rendered.result.current;
    const before = renders();
    await act(async () => {
      for (const text of ['One', 'Two', 'Three'])
        await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text });
    });
    expect(renders()).toBe(before);
    expect(rendered.result.current.undo).toBe(first.undo);
    expect(rendered.result.current.redo).toBe(first.redo);
  });

  it('says what can be undone, redrawing only when that flips', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    const { rendered, renders } = counted(app, () => useUndoAvailability());
    // buildSession's own create is not undoable: a new window starts with nothing to undo.
    expect(rendered.result.current).toEqual({ canUndo: false, canRedo: false });
    const add = (text: string) =>
      act(async () => {
        await app.commands.run(addCard, { sessionId: session.id, lane: 'legitimacy', text });
      });
    await add('One');
    expect(rendered.result.current).toEqual({ canUndo: true, canRedo: false });
    const afterFirst = renders();
    await add('Two');
    await add('Three');
    expect(renders()).toBe(afterFirst);
    await act(async () => {
      await app.commands.undo();
    });
    expect(rendered.result.current).toEqual({ canUndo: true, canRedo: true });
  });
});
