// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

import {
  onBoardCommandRequest,
  requestBoardCommand,
} from '#renderer/commands/boardCommandRequests';

describe('the desktop menu runs the board’s commands by name', () => {
  it('hands a requested command to the open board, and says when no board is open', () => {
    expect(requestBoardCommand('stage.next')).toBe(false);
    const take = vi.fn((name: string) => name === 'stage.next' || name === 'timer.toggle');
    const stop = onBoardCommandRequest(take);
    expect(requestBoardCommand('stage.next')).toBe(true);
    expect(take).toHaveBeenCalledWith('stage.next');
    // A name the board does not know is not taken.
    expect(requestBoardCommand('no.such.command')).toBe(false);
    stop();
    expect(requestBoardCommand('timer.toggle')).toBe(false);
    expect(take).toHaveBeenCalledTimes(2);
  });
});
