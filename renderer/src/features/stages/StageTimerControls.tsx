import { useEffect, useId, useRef } from 'react';

import type { SessionId } from '#shared/domain/ids';
import { describeRemaining, formatClock, viewTimer } from '#shared/stages/timer';
import type { StageTimer } from '#shared/stages/types';

import { useRunCommand } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useNow } from '../../ui/useNow';
import { playChime } from './chime';
import { changeTimer, setChime } from './commands/runCommands';

const STATE_WORDS = { idle: 'Ready', running: 'Running', paused: 'Paused' } as const;
const TONE_WORDS = {
  calm: '',
  amber: 'Time to start wrapping up',
  red: 'Almost out of time',
  overtime: 'Over time',
} as const;

/** The stage clock: computed from stored timestamps on every tick, so it is right after a reload. */
export function StageTimerControls({
  sessionId,
  timer,
  chimeOn,
}: {
  sessionId: SessionId;
  timer: StageTimer;
  chimeOn: boolean;
}) {
  const run = useRunCommand();
  const runWithNotice = useRunWithNotice();
  const view = viewTimer(timer, useNow(timer.startedAt !== null));
  const stateId = useId();

  // Chime once, in this window, when a running clock crosses zero (not on opening an overdue one).
  const previous = useRef(view.remainingMs);
  useEffect(() => {
    if (view.state === 'running' && previous.current > 0 && view.remainingMs <= 0 && chimeOn)
      playChime();
    previous.current = view.remainingMs;
  }, [view.remainingMs, view.state, chimeOn]);

  async function act(action: Parameters<typeof changeTimer.run>[0]['action']) {
    await runWithNotice(changeTimer, { sessionId, action });
  }

  return (
    <div className={`stage-timer tone-${view.tone} state-${view.state}`}>
      <div className="stage-timer-face">
        <div
          role="timer"
          className="stage-timer-clock"
          aria-describedby={stateId}
          data-tone={view.tone}
        >
          {formatClock(view.remainingMs)}
        </div>
        <p id={stateId} className="stage-timer-state">
          <span className="visually-hidden">{describeRemaining(view.remainingMs)}. </span>
          {STATE_WORDS[view.state]}
          {TONE_WORDS[view.tone] && ` · ${TONE_WORDS[view.tone]}`}
        </p>
        <button
          type="button"
          className="button stage-chime"
          aria-pressed={chimeOn}
          aria-keyshortcuts="M"
          title={
            chimeOn
              ? 'A chime sounds at zero — press M to mute'
              : 'Chime muted — press M to turn it on'
          }
          onClick={() => void run(setChime, { on: !chimeOn })}
        >
          Chime
        </button>
      </div>
      <div className="stage-timer-buttons">
        {view.state === 'running' ? (
          <button
            type="button"
            className="button"
            onClick={() => void act({ type: 'pause' })}
            aria-keyshortcuts="T"
          >
            Pause timer
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void act({ type: 'start' })}
            aria-keyshortcuts="T"
          >
            Start timer
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void act({ type: 'extend', minutes: 1 })}
          aria-label="Add 1 minute"
          aria-keyshortcuts="="
        >
          +1
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void act({ type: 'extend', minutes: 5 })}
          aria-label="Add 5 minutes"
          aria-keyshortcuts="+"
        >
          +5
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void act({ type: 'reset' })}
          aria-label="Reset timer"
          aria-keyshortcuts="Shift+R"
        >
          Reset
        </button>
      </div>
    </div>
  );
}
