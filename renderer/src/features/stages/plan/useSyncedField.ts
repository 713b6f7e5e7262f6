import { useState } from 'react';

/**
 * A field's local text that follows the stored value whenever that changes (undo, another
 * window), but otherwise keeps what the facilitator is typing. Only this field resets, so a
 * save landing for one field never wipes typing in another.
 */
export function useSyncedField(stored: string): [string, (value: string) => void] {
  const [local, setLocal] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    // Adjusting state during render (React's documented pattern for "reset when a prop changes").
    setSeen(stored);
    setLocal(stored);
  }
  return [local, setLocal];
}
