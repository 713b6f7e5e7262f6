/**
 * How a board command arrives from outside the board (the desktop app's Session menu): a
 * cancelable window event that the open board's keyboard handler takes and cancels. The event
 * name is part of what the e2e tests drive.
 */
const RUN_EVENT = 'parley:facilitation-command';

/** Asks the open board to run a command by name; false when no board is open to run it. */
export function requestBoardCommand(name: string): boolean {
  return !window.dispatchEvent(new CustomEvent(RUN_EVENT, { detail: name, cancelable: true }));
}

/**
 * Listens for requested commands; `take` returns whether it knows the name (only then is the
 * request marked as taken). Returns the unsubscribe.
 */
export function onBoardCommandRequest(take: (name: string) => boolean): () => void {
  const listener = (event: Event) => {
    if (take((event as CustomEvent<string>).detail)) event.preventDefault();
  };
  window.addEventListener(RUN_EVENT, listener);
  return () => window.removeEventListener(RUN_EVENT, listener);
}
