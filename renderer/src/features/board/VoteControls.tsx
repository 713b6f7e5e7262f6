import { useState } from 'react';

import type { Card } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { castDot, MAX_TALLY, setTally } from './commands/voteCommands';

/** Shown on every card while voting is on: dots for the chosen participant, or the scribe's tally. */
export function VoteControls({ card }: { card: Card }) {
  const voter = useWindowStore((s) => s.voter);
  const run = useRunWithNotice();
  const [tally, setTallyText] = useState<string | null>(null);
  if (voter.mode === 'off') return null;

  async function dot(delta: 1 | -1) {
    if (voter.mode !== 'dots') return;
    await run(castDot, {
      cardId: card.id,
      participantId: voter.participantId,
      delta,
    });
  }

  async function saveTally() {
    if (tally === null) return;
    const value = Number(tally);
    const outcome = await run(setTally, {
      cardId: card.id,
      tally: tally.trim() === '' ? NaN : value,
    });
    if (outcome.ok) setTallyText(null);
  }

  if (voter.mode === 'scribe') {
    return (
      <div className="vote-controls">
        <label className="tally">
          <span>Hands</span>
          <input
            type="number"
            min={0}
            max={MAX_TALLY}
            aria-label="Tally for card"
            value={tally ?? String(card.tally ?? 0)}
            onChange={(e) => setTallyText(e.target.value)}
            onBlur={() => void saveTally()}
            onKeyDown={(e) => e.key === 'Enter' && void saveTally()}
          />
        </label>
      </div>
    );
  }
  return (
    <div className="vote-controls">
      <button
        type="button"
        className="vote-button"
        aria-label="Remove vote from card"
        onClick={() => void dot(-1)}
      >
        −
      </button>
      <button
        type="button"
        className="vote-button vote-add"
        aria-label="Vote for card"
        onClick={() => void dot(1)}
      >
        + dot
      </button>
    </div>
  );
}
