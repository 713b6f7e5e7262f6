import { useEffect, useRef, useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { AgreementSummary } from '../agreement';
import { usePagedView } from './usePagedView';

/** The blocks a page of the draft is made of: never cut through one of them. */
const DRAFT_BLOCKS =
  '.summary-title, .summary-counts, .agreement-summary h2, .summary-parties > li, .summary-clause, .summary-empty';

/**
 * Agreement mode: the draft as the agreement feature presents it to a room (read-only, withdrawn
 * clauses left out, no controls), in type the back row can read. A draft longer than the wall
 * is shown a page at a time ("Page 1 of 3"), the pages coming round in turn — never shrunk. The
 * summary reads its own data, so the pages are worked out again whenever its text changes
 * (watched in the DOM).
 */
export function PresenterAgreement({ sessionId, scale }: { sessionId: SessionId; scale: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [contentVersion, setContentVersion] = useState(0);
  const { page, pages } = usePagedView(ref, DRAFT_BLOCKS, [sessionId, scale, contentVersion]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new MutationObserver(() => setContentVersion((v) => v + 1));
    observer.observe(el, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return (
    <div className="present-agreement-frame">
      <div ref={ref} className="present-agreement" data-page-window>
        <AgreementSummary sessionId={sessionId} />
      </div>
      {pages > 1 && (
        <p className="present-page" aria-live="off">
          Page {page + 1} of {pages}
        </p>
      )}
    </div>
  );
}
