// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { CardTextBox, typedSince } from '#renderer/features/board/CardTextBox';

afterEach(cleanup);

/** A capture box whose save the test settles, and the texts it was asked to save. */
function captureBox() {
  const asked: string[] = [];
  let settle: (problem: string | null) => void = () => undefined;
  render(
    <CardTextBox
      label="Add to Legitimacy"
      clearOnSubmit
      onSubmit={(text) => {
        asked.push(text);
        return new Promise((resolve) => (settle = resolve));
      }}
    />,
  );
  const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Add to Legitimacy' });
  const type = (text: string) => fireEvent.change(box, { target: { value: text } });
  const enter = () => fireEvent.keyDown(box, { key: 'Enter' });
  const saved = (problem: string | null) => act(async () => settle(problem));
  return { box, asked, type, enter, saved, settle: (problem: string | null) => settle(problem) };
}

describe('the capture box empties with the card it saved', () => {
  it('keeps the text until the card is saved, then empties', async () => {
    const { box, asked, type, enter, saved } = captureBox();
    type('Residents were not asked');
    enter();
    expect(asked).toEqual(['Residents were not asked']);
    expect(box.value).toBe('Residents were not asked');
    await saved(null);
    expect(box.value).toBe('');
  });

  it('is empty in the same task as the save ends, before any next key can land after the old text', async () => {
    const { box, type, enter, settle } = captureBox();
    type('Fast');
    enter();
    settle(null);
    // Only microtasks: React's own scheduling would draw the box in a later task.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(box.value).toBe('');
  });

  it('starts the next card at once when typing goes on while the card saves', async () => {
    const { box, asked, type, enter, saved } = captureBox();
    type('First point');
    enter();
    type('First point S');
    expect(box.value).toBe('S');
    type('Second');
    enter();
    expect(asked).toEqual(['First point', 'Second']);
    // The second save settles: its text leaves the box.
    await saved(null);
    expect(box.value).toBe('');
  });

  it('puts a refused text back ahead of what was typed since', async () => {
    const { box, type, enter, saved } = captureBox();
    type('Refused point');
    enter();
    type('Refused point Next');
    await saved('Could not save.');
    expect(box.value).toBe('Refused point\nNext');
  });

  it('does not save the same text twice when Enter is pressed again while it saves', async () => {
    const { asked, type, enter, saved } = captureBox();
    type('Once only');
    enter();
    enter();
    expect(asked).toEqual(['Once only']);
    await saved(null);
  });

  it('keeps a refused text in the box, with the reason', async () => {
    const { box, type, enter, saved } = captureBox();
    type('Refused point');
    enter();
    await saved('This session no longer exists.');
    expect(box.value).toBe('Refused point');
    expect(screen.getByRole('status').textContent).toBe('This session no longer exists.');
  });
});

describe('typedSince', () => {
  it('is what follows the saved text, or everything when the text was changed meanwhile', () => {
    expect(typedSince('Point', 'Point')).toBe('');
    expect(typedSince('Point\nNext', 'Point')).toBe('Next');
    expect(typedSince('Poin', 'Point')).toBe('Poin');
  });
});
