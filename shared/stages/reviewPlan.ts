// The review conversation after the day (docs/review.md): the same stages and board as the day
// itself, in three steps — what happened, what we learned, what we change.
import { newId } from '../domain/ids';
import { MINUTE_MS, type Stage, type StageId } from './types';

export const REVIEW_STAGE_TITLES = ['What happened', 'What we learned', 'What we change'] as const;

export function reviewStages(makeId: () => StageId = () => newId<StageId>()): Stage[] {
  return [
    {
      id: makeId(),
      kind: 'accountability',
      title: REVIEW_STAGE_TITLES[0],
      purpose:
        'Take each promise of the agreed version in turn: kept, partly kept, not kept or no longer relevant — and what shows it.',
      prompts: [
        'What did each party promise, and what happened?',
        'What shows it: figures, minutes, what people saw?',
        'Which of the contingencies came about?',
      ],
      durationMs: 30 * MINUTE_MS,
      lane: 'accountability',
    },
    {
      id: makeId(),
      kind: 'conclude',
      title: REVIEW_STAGE_TITLES[1],
      purpose: 'Say what the group learned from what happened — especially what surprised it.',
      prompts: [
        'What worked that we did not expect?',
        'Where did a promise depend on something nobody controlled?',
      ],
      durationMs: 20 * MINUTE_MS,
      lane: 'conclusions',
    },
    {
      id: makeId(),
      kind: 'negotiate',
      title: REVIEW_STAGE_TITLES[2],
      purpose:
        'Amend the agreement for what changes, check consent, and fix the next review: the outcome is a new version.',
      prompts: [
        'Which promises do we keep, change or drop?',
        'What can each party now promise to do reliably?',
        'When do we review this again, and who reports?',
      ],
      durationMs: 25 * MINUTE_MS,
      lane: null,
    },
  ];
}
