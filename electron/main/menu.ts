import type { MenuItemConstructorOptions } from 'electron';

import { COMMAND_SPECS, type CommandName } from '#shared/commands/commandSpecs';
import { acceleratorOf } from '#shared/commands/keyBinding';
import type { MenuCommand } from '#shared/ipc/contract';

export interface MenuActions {
  runInPage(command: MenuCommand): void;
  openDataFolder(): void;
}

/** The Session menu's commands, in groups between separators (words and keys: the registry). */
const SESSION_MENU: readonly (readonly CommandName[])[] = [
  ['stage.next', 'stage.previous', 'timer.toggle'],
  ['room.blank'],
  ['help.shortcuts'],
];

/**
 * A menu item that runs a command by name. A key the page listens for is shown but not registered
 * as a menu accelerator, which would take the letter away from every text box.
 */
function commandItem(name: CommandName, actions: MenuActions): MenuItemConstructorOptions {
  const spec = COMMAND_SPECS[name];
  const pageKey = spec.keys[0];
  const keys: MenuItemConstructorOptions = spec.menuAccelerator
    ? { accelerator: spec.menuAccelerator }
    : pageKey
      ? { accelerator: acceleratorOf(pageKey), registerAccelerator: false }
      : {};
  return { label: spec.menuLabel ?? spec.label, ...keys, click: () => actions.runInPage(name) };
}

/**
 * The application menu. Items that change Parley's data run a renderer command by name, so the
 * menu, the keyboard and the buttons all go through the same command layer.
 */
export function buildMenuTemplate(
  platform: string,
  actions: MenuActions,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: 'File',
      submenu: [
        commandItem('session.new', actions),
        commandItem('app.home', actions),
        { type: 'separator' },
        { label: 'Show data folder', click: () => actions.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'Session',
      submenu: SESSION_MENU.flatMap((group, i) => [
        ...(i > 0 ? [{ type: 'separator' } as const] : []),
        ...group.map((name) => commandItem(name, actions)),
      ]),
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? ([
              { type: 'separator' },
              { role: 'reload' },
              { role: 'toggleDevTools' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}
