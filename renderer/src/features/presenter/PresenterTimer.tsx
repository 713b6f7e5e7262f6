import { describeRemaining, formatClock, viewTimer } from '#shared/stages/timer';
import type { StageTimer } from '#shared/stages/types';

import { useNow } from '../../ui/useNow';
import { ScreenText } from './ScreenText';

/**
 * The time left, computed in this window from the stored timestamps (docs/architecture.md, "Data
 * flow"), so the wall and the laptop always agree. Only this small component ticks.
 */
export function PresenterTimer({ timer }: { timer: StageTimer }) {
  const view = viewTimer(timer, useNow(timer.startedAt !== null, 500));
  return (
    <div className={`present-timer tone-${view.tone}`} data-tone={view.tone}>
      <span
        role="timer"
        aria-label={describeRemaining(view.remainingMs)}
        className="present-timer-clock"
      >
        <ScreenText text={formatClock(view.remainingMs)} />
      </span>
      {view.state !== 'running' && (
        <span className="present-timer-state">
          <ScreenText text={view.state === 'paused' ? 'Paused' : 'Not started'} />
        </span>
      )}
    </div>
  );
}
