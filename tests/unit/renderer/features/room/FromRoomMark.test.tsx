// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import { FromRoomMark } from '#renderer/features/room/FromRoomMark';

afterEach(cleanup);

// Emoji need an emoji font: a laptop without one (and the projector it drives) drew an empty box.
const EMOJI = /\p{Emoji_Presentation}/u;

it('marks a card from the room with a drawn phone and words, no emoji', () => {
  const { container } = render(
    <FromRoomMark card={{ fromRoom: { name: 'Ana', party: 'Youth council' } }} />,
  );
  const mark = container.querySelector('.card-from-room')!;
  expect(mark.textContent).toBe('From the room: Ana · Youth council');
  expect(mark.textContent).not.toMatch(EMOJI);
  expect(mark.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
});

it('draws nothing on a card typed on the board', () => {
  const { container } = render(<FromRoomMark card={{}} />);
  expect(container.innerHTML).toBe('');
});
