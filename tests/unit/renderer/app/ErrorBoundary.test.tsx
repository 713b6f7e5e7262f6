// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from '#renderer/app/ErrorBoundary';

let explode = true;
function Fragile() {
  if (explode) throw new Error('Cannot read properties of undefined (reading "lane")');
  return <p>The board is back</p>;
}

afterEach(cleanup);

describe('the error boundary', () => {
  it('replaces a crashed screen with a recoverable one that says the work is saved', () => {
    explode = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong drawing this screen');
    expect(alert.textContent).toContain('Your sessions and cards are saved');
    expect(alert.textContent).toContain('reading "lane"');

    // Try again draws the screen afresh once the cause has passed.
    explode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The board is back')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the way home when the same screen keeps failing', () => {
    explode = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/session/abc';
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'All sessions' }));
    expect(window.location.hash).toBe('#/');
  });
});
