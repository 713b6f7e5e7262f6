import { useState } from 'react';

import {
  DIMENSION_LABELS,
  PRACTICABILITY_DIMENSIONS,
  SCORE_MAX,
  SCORE_MIN,
  type PracticabilityDimension,
  type PracticabilityScores,
} from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { scorePracticability } from './commands/scoreCommands';

const VALUES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);
type Draft = Partial<Record<PracticabilityDimension, number>>;

/**
 * One practicability point with its three scores. The card is written once all three are
 * chosen (a half-scored point would sit on the chart where nobody put it); Clear removes them.
 */
export function ScoreRow({ card }: { card: Card }) {
  const run = useRunWithNotice();
  const [draft, setDraft] = useState<Draft>(card.practicability ?? {});
  const scores = card.practicability ?? null;
  const shown: Draft = { ...draft, ...(scores ?? {}) };

  const choose = (dimension: PracticabilityDimension, value: number) => {
    const next = { ...shown, [dimension]: value };
    setDraft(next);
    if (PRACTICABILITY_DIMENSIONS.every((d) => next[d] !== undefined))
      void run(scorePracticability, { cardId: card.id, scores: next as PracticabilityScores });
  };

  return (
    <li className="score-row">
      <span className="score-text">{card.text}</span>
      <span className="score-selects">
        {PRACTICABILITY_DIMENSIONS.map((d) => (
          <label key={d} className="score-select">
            <span>{DIMENSION_LABELS[d]}</span>
            <select
              aria-label={`${DIMENSION_LABELS[d]} for “${card.text}”`}
              value={shown[d] ?? ''}
              onChange={(e) => choose(d, Number(e.target.value))}
            >
              <option value="" disabled>
                –
              </option>
              {VALUES.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        ))}
        {scores && (
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Clear scores of “${card.text}”`}
            onClick={() => {
              setDraft({});
              void run(scorePracticability, { cardId: card.id, scores: null });
            }}
          >
            Clear
          </button>
        )}
      </span>
    </li>
  );
}
