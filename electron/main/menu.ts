import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '#shared/ipc/contract';

export interface MenuActions {
  runInPage(command: MenuCommand): void;
  openDataFolder(): void;
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
        {
          label: 'New session',
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.runInPage('session.new'),
        },
        {
          label: 'All sessions',
          accelerator: 'CmdOrCtrl+Shift+H',
          click: () => actions.runInPage('app.home'),
        },
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
      // The keys are the page's own single-key shortcuts: shown here, but not registered as menu
      // accelerators, which would take the letters away from every text box.
      label: 'Session',
      submenu: [
        {
          label: 'Next stage',
          accelerator: 'N',
          registerAccelerator: false,
          click: () => actions.runInPage('stage.next'),
        },
        {
          label: 'Previous stage',
          accelerator: 'P',
          registerAccelerator: false,
          click: () => actions.runInPage('stage.previous'),
        },
        {
          label: 'Start or pause the timer',
          accelerator: 'T',
          registerAccelerator: false,
          click: () => actions.runInPage('timer.toggle'),
        },
        { type: 'separator' },
        {
          label: 'Blank the room screen',
          accelerator: 'B',
          registerAccelerator: false,
          click: () => actions.runInPage('room.blank'),
        },
        { type: 'separator' },
        {
          label: 'Keyboard shortcuts',
          accelerator: 'Shift+/',
          registerAccelerator: false,
          click: () => actions.runInPage('help.shortcuts'),
        },
      ],
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
