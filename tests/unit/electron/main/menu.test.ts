import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { buildMenuTemplate } from '#electron/main/menu';

function findItem(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      const found = findItem(item.submenu, label);
      if (found) return found;
    }
  }
  return undefined;
}

describe('the application menu', () => {
  it('runs renderer commands by name', () => {
    const runInPage = vi.fn();
    const template = buildMenuTemplate('linux', { runInPage, openDataFolder: vi.fn() }, false);
    const item = findItem(template, 'New session')!;
    expect(item.accelerator).toBe('CmdOrCtrl+N');
    (item.click as () => void)();
    expect(runInPage).toHaveBeenCalledWith('session.new');
  });

  it('offers the facilitation commands in a Session menu, showing their single keys without taking them from text boxes', () => {
    const runInPage = vi.fn();
    const template = buildMenuTemplate('linux', { runInPage, openDataFolder: vi.fn() }, false);
    for (const [label, key, command] of [
      ['Next stage', 'N', 'stage.next'],
      ['Previous stage', 'P', 'stage.previous'],
      ['Start or pause the timer', 'T', 'timer.toggle'],
      ['Blank the room screen', 'B', 'room.blank'],
      ['Keyboard shortcuts', 'Shift+/', 'help.shortcuts'],
    ] as const) {
      const item = findItem(template, label)!;
      expect(item.accelerator).toBe(key);
      expect(item.registerAccelerator).toBe(false);
      (item.click as () => void)();
      expect(runInPage).toHaveBeenLastCalledWith(command);
    }
  });

  it('offers developer tools only in development', () => {
    const roles = (dev: boolean) =>
      JSON.stringify(
        buildMenuTemplate('linux', { runInPage: vi.fn(), openDataFolder: vi.fn() }, dev),
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has the macOS app menu only on macOS', () => {
    expect(
      buildMenuTemplate('darwin', { runInPage: vi.fn(), openDataFolder: vi.fn() }, false)[0],
    ).toEqual({ role: 'appMenu' });
    expect(
      buildMenuTemplate('win32', { runInPage: vi.fn(), openDataFolder: vi.fn() }, false)[0]!.label,
    ).toBe('File');
  });
});
