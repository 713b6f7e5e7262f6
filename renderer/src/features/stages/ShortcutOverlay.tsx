import { useEffect, useRef } from 'react';

import { SESSION_ROWS, TEXT_BOX_ROWS } from './shortcutRows';

/** The `?` overlay: every shortcut, read from the command registry the keyboard handlers run. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    closeRef.current?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      // Give focus back where it was, so the keyboard flow carries on.
      if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
    };
  }, [onClose]);

  return (
    <div className="shortcut-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-heading"
        className="shortcut-overlay panel"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="shortcut-overlay-head">
          <h2 id="shortcut-heading">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="hint">
          Single keys work whenever you are not typing in a box. Press Esc to leave a box first.
        </p>
        <div className="shortcut-columns">
          <table className="shortcut-table">
            <caption>Running the session</caption>
            <tbody>
              {SESSION_ROWS.map(([keys, label]) => (
                <tr key={label}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="shortcut-table">
            <caption>In a text box</caption>
            <tbody>
              {TEXT_BOX_ROWS.map(([keys, label]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
