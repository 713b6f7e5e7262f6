import { newId } from '../domain/ids';
import type { LaneId } from '../domain/lanes';
import type { CardKind } from '../domain/types';
import { PROMPT_LIBRARY, type PromptLibrary } from './prompts';
import { MINUTE_MS, type Stage, type StageId, type StageKind } from './types';

interface StageBlueprint {
  kind: Exclude<StageKind, 'custom'>;
  title: string;
  purpose: string;
  minutes: number;
  lane: LaneId | null;
  /** How many of the library's prompts go on screen by default (the rest wait in the editor). */
  promptCount: number;
  captureKind?: CardKind;
}

/** The method's seven steps, in order: two hours for one proposition. */
const BLUEPRINTS: readonly StageBlueprint[] = [
  {
    kind: 'frame',
    title: 'Frame the proposition',
    purpose:
      'Agree what the proposal means, and pin its words down as definitions, before anyone argues for or against it.',
    minutes: 10,
    // Definitions are cards of their own kind, so the agreement opens with them instead of
    // filing them as open questions (docs/agreement.md).
    lane: 'questions',
    captureKind: 'definition',
    promptCount: 3,
  },
  {
    kind: 'legitimacy',
    title: 'Legitimacy',
    purpose: 'Ask whether those who decide have a mandate, and the consent of those affected.',
    minutes: 20,
    lane: 'legitimacy',
    promptCount: 4,
  },
  {
    kind: 'practicability',
    title: 'Practicability',
    purpose: 'Test whether it can actually be done with the capacity and evidence we have.',
    minutes: 20,
    lane: 'practicability',
    promptCount: 4,
  },
  {
    kind: 'accountability',
    title: 'Accountability',
    purpose: 'Work out who answers for shared results, to whom, and how.',
    minutes: 20,
    lane: 'accountability',
    promptCount: 4,
  },
  {
    kind: 'prioritise',
    title: 'Prioritise',
    purpose: 'Pick the points that matter most for the agreement.',
    minutes: 10,
    lane: null,
    promptCount: 3,
  },
  {
    kind: 'conclude',
    title: 'Conclude',
    purpose: 'Say what the group has come to — especially what surprised it.',
    minutes: 15,
    lane: 'conclusions',
    promptCount: 3,
  },
  {
    kind: 'negotiate',
    title: 'Negotiate',
    purpose:
      'Work on the agreement draft clause by clause: commitments each party can keep, checked for consent.',
    minutes: 25,
    // The work happens on the clauses (the Agreement view), not in a board lane.
    lane: null,
    promptCount: 3,
  },
];

/**
 * A fresh copy of the default plan with new stage ids (ids must be unique per session). A
 * template may put its own wording on screen by passing its prompt library.
 */
export function defaultStages(
  makeId: () => StageId = () => newId<StageId>(),
  library: PromptLibrary = PROMPT_LIBRARY,
): Stage[] {
  return BLUEPRINTS.map((b) => ({
    id: makeId(),
    kind: b.kind,
    title: b.title,
    purpose: b.purpose,
    prompts: library[b.kind].slice(0, b.promptCount),
    durationMs: b.minutes * MINUTE_MS,
    lane: b.lane,
    ...(b.captureKind ? { captureKind: b.captureKind } : {}),
  }));
}

/** Copies stages (from a template or another session) with new ids, so notes never cross over. */
export function cloneStages(
  stages: readonly Stage[],
  makeId: () => StageId = () => newId<StageId>(),
): Stage[] {
  return stages.map((s) => ({ ...s, prompts: [...s.prompts], id: makeId() }));
}

export function totalDurationMs(stages: readonly Stage[]): number {
  return stages.reduce((sum, s) => sum + s.durationMs, 0);
}
