// @vitest-environment jsdom
// (The registry holds every feature's commands, and the features' public faces need a window.)
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { buildMenuTemplate } from '#electron/main/menu';
import { APP_COMMANDS, BOARD_COMMANDS } from '#renderer/app/commandRegistry';
import {
  commandForKey,
  isAvailable,
  type BoardCommandContext,
  type CommandBehaviours,
  type RegisteredCommand,
} from '#renderer/commands/userCommand';
import { SESSION_ROWS, TEXT_BOX_ROWS } from '#renderer/features/stages/shortcutRows';
import { BOARD_COMMAND_SPECS } from '#shared/board/commandSpecs';
import { APP_COMMAND_SPECS } from '#shared/commands/appCommandSpecs';
import { COMMAND_NAMES, COMMAND_SPECS } from '#shared/commands/commandSpecs';
import { keyWords, type KeyBinding } from '#shared/commands/keyBinding';
import { MenuCommand } from '#shared/ipc/contract';
import { PRESENTER_COMMAND_SPECS } from '#shared/presenter/commandSpecs';
import { STAGE_COMMAND_SPECS } from '#shared/stages/commandSpecs';

const ALL = [...APP_COMMANDS, ...BOARD_COMMANDS] as readonly RegisteredCommand<unknown>[];

/** The key press a binding describes, as a browser would report it. */
function press(binding: KeyBinding, extra: Partial<KeyboardEvent> = {}) {
  return {
    key: binding.mod && binding.shift ? binding.key.toUpperCase() : binding.key,
    ctrlKey: Boolean(binding.mod),
    metaKey: false,
    altKey: false,
    shiftKey: Boolean(binding.shift),
    ...extra,
  };
}

function boardContext(ran: Array<{ name: string; input: unknown }> = []): BoardCommandContext {
  return {
    sessionId: 's1' as never,
    run: async (command, input) => {
      ran.push({ name: command.name, input });
      return { ok: true as const, value: undefined as never };
    },
    captureLane: () => 'legitimacy' as const,
    switchCaptureLane: () => undefined,
    chimeOn: true,
    shortcutsOpen: false,
    toggleShortcuts: () => undefined,
    openPlanEditor: () => undefined,
    notify: () => undefined,
  };
}

function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : []),
  ]);
}

describe('the command registry', () => {
  it('holds every feature’s commands once, each with a behaviour, under unique names', () => {
    const perFeature = [
      APP_COMMAND_SPECS,
      STAGE_COMMAND_SPECS,
      PRESENTER_COMMAND_SPECS,
      BOARD_COMMAND_SPECS,
    ].flatMap((specs) => Object.keys(specs));
    // A name two features both used would be silently overwritten when the lists are combined.
    expect(new Set(perFeature).size).toBe(perFeature.length);
    expect([...COMMAND_NAMES].sort()).toEqual([...perFeature].sort());
    expect(ALL.map((c) => c.name).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const command of ALL) expect(typeof command.run).toBe('function');
  });

  it('never binds one key press to two commands', () => {
    const presses = ALL.flatMap((c) => c.keys.map((k) => JSON.stringify(press(k))));
    expect(new Set(presses).size).toBe(presses.length);
  });

  it('reaches every binding from the keyboard handlers’ key test, and nothing from unbound keys', () => {
    for (const list of [APP_COMMANDS, BOARD_COMMANDS] as unknown as RegisteredCommand<unknown>[][])
      for (const command of list)
        for (const binding of command.keys)
          expect(commandForKey(list, press(binding))?.name).toBe(command.name);
    expect(commandForKey(BOARD_COMMANDS, press({ key: 'n' }))?.name).toBe('stage.next');
    expect(commandForKey(BOARD_COMMANDS, press({ key: 'PageDown' }))?.name).toBe('stage.next');
    expect(commandForKey(BOARD_COMMANDS, press({ key: '?' }))?.name).toBe('help.shortcuts');
    expect(commandForKey(BOARD_COMMANDS, press({ key: '3' }))?.label).toBe(
      'Capture into Accountability',
    );
    expect(commandForKey(BOARD_COMMANDS, press({ key: 'z' }))).toBeUndefined();
    // Ctrl/Cmd/Alt combinations stay the browser's; single keys ignore them.
    expect(commandForKey(BOARD_COMMANDS, press({ key: 'n' }, { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(BOARD_COMMANDS, press({ key: 'n' }, { altKey: true }))).toBeUndefined();
    // Ctrl+Z undoes and Ctrl+Shift+Z (key "Z") redoes; Cmd works as Ctrl does.
    expect(commandForKey(APP_COMMANDS, press({ key: 'z', mod: true }))?.name).toBe('board.undo');
    expect(
      commandForKey(APP_COMMANDS, press({ key: 'z' }, { metaKey: true, ctrlKey: false }))?.name,
    ).toBe('board.undo');
    expect(commandForKey(APP_COMMANDS, press({ key: 'z', mod: true, shift: true }))?.name).toBe(
      'board.redo',
    );
    expect(commandForKey(APP_COMMANDS, press({ key: 'z' }))).toBeUndefined();
  });

  it('covers the keyboard-first run: stages, timer, capture, lane switching and the overlay', () => {
    for (const name of [
      'stage.next',
      'stage.previous',
      'timer.toggle',
      'capture.focus',
      'capture.switchLane',
      'help.shortcuts',
    ])
      expect(BOARD_COMMANDS.some((c) => c.name === name && c.keys.length > 0)).toBe(true);
  });

  it('runs stage and timer commands through the command layer, by name, for the session given', async () => {
    const ran: Array<{ name: string; input: unknown }> = [];
    const ctx = boardContext(ran);
    for (const key of ['n', 't', '+'])
      await commandForKey(BOARD_COMMANDS, press({ key }))!.run(ctx);
    expect(ran).toEqual([
      { name: 'stage.goTo', input: { sessionId: 's1', step: 1 } },
      { name: 'timer.change', input: { sessionId: 's1', action: { type: 'toggle' } } },
      { name: 'timer.change', input: { sessionId: 's1', action: { type: 'extend', minutes: 5 } } },
    ]);
  });

  it('shows a refusal from the command layer as a notice', async () => {
    const notify = vi.fn();
    const ctx: BoardCommandContext = {
      ...boardContext(),
      run: async () => ({ ok: false as const, message: 'This is the last stage.' }),
      notify,
    };
    await BOARD_COMMANDS.find((c) => c.name === 'stage.next')!.run(ctx);
    expect(notify).toHaveBeenCalledWith('This is the last stage.', 'info');
  });

  it('treats a command as unavailable when its predicate says so', () => {
    const guarded: RegisteredCommand<{ open: boolean }> = {
      name: 'plan.edit',
      label: 'Edit',
      keys: [],
      available: (ctx) => ctx.open,
      run: () => undefined,
    };
    expect(isAvailable(guarded, { open: false })).toBe(false);
    expect(isAvailable(guarded, { open: true })).toBe(true);
    // The private-notes command is unavailable where there is no notes box to write in.
    const notes = BOARD_COMMANDS.find((c) => c.name === 'notes.focus')!;
    expect(isAvailable(notes, boardContext())).toBe(false);
    const box = document.body.appendChild(document.createElement('textarea'));
    box.setAttribute('aria-label', 'Private notes');
    expect(isAvailable(notes, boardContext())).toBe(true);
    box.remove();
  });

  it('does not compile when a feature leaves one of its commands without a behaviour', () => {
    // @ts-expect-error — 'stage.previous' has no behaviour.
    const partial: CommandBehaviours<'stage.next' | 'stage.previous', unknown> = {
      'stage.next': { run: () => undefined },
    };
    expect(Object.keys(partial)).toEqual(['stage.next']);
  });
});

describe('what is built from the registry', () => {
  it('the ? overlay lists every command that has keys, with the keys the handler tests', () => {
    const rows = [...SESSION_ROWS, ...TEXT_BOX_ROWS];
    for (const command of ALL.filter((c) => c.keys.length > 0))
      expect(rows).toContainEqual([command.keys.map(keyWords).join(' or '), command.label]);
    expect(SESSION_ROWS).toContainEqual(['N or Page Down', 'Next stage']);
    expect(SESSION_ROWS).toContainEqual(['+ (Shift and =)', 'Add 5 minutes']);
    expect(SESSION_ROWS).toContainEqual(['Shift and R', 'Reset the timer']);
    expect(TEXT_BOX_ROWS).toContainEqual([
      'Ctrl and Z',
      'Undo the last board change (outside a text box)',
    ]);
    expect(TEXT_BOX_ROWS).toContainEqual([
      'Ctrl and Shift and Z',
      'Redo the change just undone (outside a text box)',
    ]);
  });

  it('the desktop menu sends only registry names, with the registry’s words and keys', () => {
    const runInPage = vi.fn();
    const template = buildMenuTemplate('linux', { runInPage, openDataFolder: vi.fn() }, false);
    const commandItems = menuItems(template).filter((item) => item.click && item.label);
    for (const item of commandItems) {
      if (item.label === 'Show data folder') continue;
      (item.click as () => void)();
      const name = runInPage.mock.lastCall![0] as (typeof COMMAND_NAMES)[number];
      expect(MenuCommand.safeParse(name).success).toBe(true);
      const spec = COMMAND_SPECS[name];
      expect(item.label).toBe(spec.menuLabel ?? spec.label);
    }
    expect(runInPage.mock.calls.map(([name]) => name)).toEqual([
      'session.new',
      'app.home',
      'stage.next',
      'stage.previous',
      'timer.toggle',
      'room.blank',
      'help.shortcuts',
    ]);
    expect(MenuCommand.safeParse('no.such.command').success).toBe(false);
  });
});
