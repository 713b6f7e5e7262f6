import { describe, expect, it } from 'vitest';

import { isVisibleOnSomeDisplay, loadWindowBounds } from '#electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const fsWith = (content: string | Error) => ({
  readFile: async () => (content instanceof Error ? Promise.reject(content) : content),
});

describe('remembered window bounds', () => {
  it('restores a saved size and position that is on screen', async () => {
    const saved = { x: 100, y: 80, width: 1200, height: 760, maximized: true };
    expect(await loadWindowBounds(fsWith(JSON.stringify(saved)), 'state.json', [laptop])).toEqual(
      saved,
    );
  });

  it('falls back to defaults for a missing, corrupt or hostile file', async () => {
    expect(await loadWindowBounds(fsWith(new Error('ENOENT')), 's', [laptop])).toBeNull();
    expect(await loadWindowBounds(fsWith('{not json'), 's', [laptop])).toBeNull();
    expect(
      await loadWindowBounds(fsWith('{"x":"1","y":0,"width":10,"height":10}'), 's', [laptop]),
    ).toBeNull();
    expect(await loadWindowBounds(fsWith('{"__proto__":{"x":1}}'), 's', [laptop])).toBeNull();
  });

  it('ignores a position left on a projector that is no longer connected', async () => {
    const onProjector = { x: 2000, y: 100, width: 1200, height: 760, maximized: false };
    expect(await loadWindowBounds(fsWith(JSON.stringify(onProjector)), 's', [laptop])).toBeNull();
    expect(
      isVisibleOnSomeDisplay(onProjector, [laptop, { x: 1440, y: 0, width: 1920, height: 1080 }]),
    ).toBe(true);
  });
});
