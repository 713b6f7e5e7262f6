// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

import {
  FACILITATION_COMMANDS,
  onFacilitationCommandRequest,
  requestFacilitationCommand,
} from '#renderer/features/stages/keyboard/facilitationCommands';
import { MENU_FACILITATION_COMMANDS, MenuCommand } from '#shared/ipc/contract';

describe('the desktop menu runs the board’s named commands', () => {
  it('offers only commands the board knows by name, and the IPC schema accepts them', () => {
    const names = FACILITATION_COMMANDS.map((c) => c.name);
    for (const name of MENU_FACILITATION_COMMANDS) {
      expect(names).toContain(name);
      expect(MenuCommand.safeParse(name).success).toBe(true);
    }
  });

  it('hands a requested command to the open board, and says when no board is open', () => {
    expect(requestFacilitationCommand('stage.next')).toBe(false);
    const run = vi.fn();
    const stop = onFacilitationCommandRequest(run);
    expect(requestFacilitationCommand('stage.next')).toBe(true);
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'stage.next', label: 'Next stage' }),
    );
    // A name the board does not know is not taken.
    expect(requestFacilitationCommand('no.such.command')).toBe(false);
    stop();
    expect(requestFacilitationCommand('timer.toggle')).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
