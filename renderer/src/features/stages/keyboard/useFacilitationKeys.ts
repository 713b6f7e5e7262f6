import { useEffect, useRef } from 'react';

import { isTextEntry } from '#renderer/ui/isTextEntry';

import {
  commandForKey,
  commandForKeyInTextBox,
  onFacilitationCommandRequest,
  type FacilitationContext,
} from './facilitationCommands';

/**
 * Runs named commands from single keys while the facilitator is not typing. Inside a capture
 * box or the notes, Esc leaves the box so the next key is a shortcut again — that is what makes
 * a whole session runnable from the keyboard.
 */
export function useFacilitationKeys(ctx: FacilitationContext): void {
  // The listener is attached once; it reads the newest context through a ref.
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.isComposing
      )
        return;
      const target = event.target;
      if (isTextEntry(target)) {
        const again = commandForKeyInTextBox(event.key, target as HTMLElement);
        if (again) {
          event.preventDefault();
          void again.run(latest.current);
          return;
        }
        if (
          event.key === 'Escape' &&
          target instanceof HTMLElement &&
          target.closest('.lane-add, [data-escape-leaves]')
        )
          target.blur();
        return;
      }
      // A focused button or link keeps Space/Enter; our keys are letters, digits and paging keys.
      const command = commandForKey(event.key);
      if (!command) return;
      if (target instanceof HTMLSelectElement) return;
      if (latest.current.shortcutsOpen && command.name !== 'help.shortcuts') return;
      event.preventDefault();
      void command.run(latest.current);
    }
    window.addEventListener('keydown', onKeyDown);
    // The desktop app's Session menu runs the same commands by name.
    const stopRequests = onFacilitationCommandRequest(
      (command) => void command.run(latest.current),
    );
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopRequests();
    };
  }, []);
}
