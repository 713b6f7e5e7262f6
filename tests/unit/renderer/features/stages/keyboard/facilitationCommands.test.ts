import { describe, expect, it } from 'vitest';

import {
  commandForKey,
  FACILITATION_COMMANDS,
} from '#renderer/features/stages/keyboard/facilitationCommands';

describe('named facilitation commands', () => {
  it('gives every command a unique name and never binds one key to two commands', () => {
    const names = FACILITATION_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const keys = FACILITATION_COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the keyboard-first run: stages, timer, capture, lane switching and the overlay', () => {
    for (const name of [
      'stage.next',
      'stage.previous',
      'timer.toggle',
      'capture.focus',
      'capture.switchLane',
      'help.shortcuts',
    ]) {
      expect(FACILITATION_COMMANDS.some((c) => c.name === name)).toBe(true);
    }
  });

  it('finds the command for a key as the keyboard handler does, and nothing for unbound keys', () => {
    expect(commandForKey('n')?.name).toBe('stage.next');
    expect(commandForKey('PageDown')?.name).toBe('stage.next');
    expect(commandForKey('?')?.name).toBe('help.shortcuts');
    expect(commandForKey('3')?.label).toBe('Capture into Accountability');
    expect(commandForKey('z')).toBeUndefined();
  });

  it('runs stage and timer commands through the command layer, by name, for the session given', async () => {
    const ran: Array<{ name: string; input: unknown }> = [];
    const ctx = {
      sessionId: 's1' as never,
      run: async (command: { name: string }, input: unknown) => {
        ran.push({ name: command.name, input });
        return { ok: true as const, value: undefined };
      },
      captureLane: () => 'legitimacy' as const,
      switchCaptureLane: () => undefined,
      chimeOn: true,
      shortcutsOpen: false,
      toggleShortcuts: () => undefined,
      openPlanEditor: () => undefined,
      notify: () => undefined,
    };
    await commandForKey('n')!.run(ctx as never);
    await commandForKey('t')!.run(ctx as never);
    await commandForKey('+')!.run(ctx as never);
    expect(ran).toEqual([
      { name: 'stage.goTo', input: { sessionId: 's1', step: 1 } },
      { name: 'timer.change', input: { sessionId: 's1', action: { type: 'toggle' } } },
      { name: 'timer.change', input: { sessionId: 's1', action: { type: 'extend', minutes: 5 } } },
    ]);
  });
});
