import { useState } from 'react';

import {
  describeScores,
  DIMENSION_LABELS,
  FACILITATOR_VOICE,
  PRACTICABILITY_DIMENSIONS,
  SCORE_MAX,
  SCORE_MIN,
  type PracticabilityDimension,
  type PracticabilityScoreRow,
  type PracticabilityScores,
} from '#shared/domain/practicability';
import type { Card } from '#shared/domain/types';

import { ownScore } from '../../commands/scoreWrites';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { scorePracticability } from './commands/scoreCommands';

const VALUES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);
type Draft = Partial<Record<PracticabilityDimension, number>>;

/**
 * One practicability point with the facilitator's own three scores. The score is written once all
 * three are chosen (a half-scored point would sit on the chart where nobody put it); Clear removes
 * it. When phones scored the point too, the line under it says what the card shows: the median.
 */
export function ScoreRow({ card, rows }: { card: Card; rows: readonly PracticabilityScoreRow[] }) {
  const run = useRunWithNotice();
  const scores = ownScore(card, rows);
  const [draft, setDraft] = useState<Draft>(scores ?? {});
  const phones = rows.filter((r) => r.voterId !== FACILITATOR_VOICE).length;
  const shown: Draft = { ...draft, ...(scores ?? {}) };

  const choose = (dimension: PracticabilityDimension, value: number) => {
    const next = { ...shown, [dimension]: value };
    setDraft(next);
    if (PRACTICABILITY_DIMENSIONS.every((d) => next[d] !== undefined))
      void run(scorePracticability, { cardId: card.id, scores: next as PracticabilityScores });
  };

  return (
    <li className="score-row">
      <span className="score-text">
        {card.text}
        {phones > 0 && card.practicability && (
          <span className="score-combined">
            Shown: {describeScores(card.practicability)} — {combinedFrom(scores !== null, phones)}
          </span>
        )}
      </span>
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

/** "the median of your score and 3 phones’" */
function combinedFrom(own: boolean, phones: number): string {
  const theirs = phones === 1 ? 'one phone’s' : `${phones} phones’`;
  return own ? `the median of your score and ${theirs}` : `the median of ${theirs} scores`;
}
