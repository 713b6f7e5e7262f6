import { useEffect } from 'react';

import { useUndoRedo } from '../commands/useCommands';
import { useWindowStore } from './windowStore';

const INFO_VISIBLE_MS = 8000;

/**
 * One line at the bottom of the window for "Card deleted — Undo" and for errors. Errors are
 * role=alert and stay until dismissed; information is a polite status that fades on its own.
 */
export function NoticeBar() {
  const notice = useWindowStore((s) => s.notice);
  const clearNotice = useWindowStore((s) => s.clearNotice);
  const { undo } = useUndoRedo();

  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(() => clearNotice(notice.id), INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, clearNotice]);

  return (
    <div className="notice-region">
      <div role="status" aria-live="polite" className="notice-live">
        {notice?.tone === 'info' && (
          <div className="notice notice-info">
            <span>{notice.message}</span>
            {notice.offerUndo && (
              <button type="button" className="button button-quiet" onClick={() => void undo()}>
                Undo
              </button>
            )}
            {notice.action && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  clearNotice(notice.id);
                  notice.action!.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
          </div>
        )}
      </div>
      <div role="alert" className="notice-live">
        {notice?.tone === 'error' && (
          <div className="notice notice-error">
            <span>{notice.message}</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => clearNotice(notice.id)}
            >
              Dismiss
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
