import { defaultStages } from './defaultPlan';
import { PROMPT_LIBRARY, type PromptLibrary } from './prompts';
import { reviewStages } from './reviewPlan';
import type { Stage, StageId } from './types';

/**
 * Built-in plan templates, offered beside the facilitator's saved ones. The first is the method's
 * origin case, worded for a public service and the communities it serves; the default plan
 * keeps a wording that fits any group (prompts.ts).
 */
/** The origin case's words for the generic prompts it words differently (the rest are shared). */
const PUBLIC_SERVICES_WORDING: Readonly<Record<string, string>> = {
  'In one sentence each: what do we think the proposal actually claims?':
    'In one sentence each: what do we think this proposition actually claims?',
  'Who decides on this, and who are those affected by it?':
    'Who is "the state" here, and who are the people on the other side of it?',
  'What gives those who decide the right to shape what people do of their own accord?':
    'What gives a public body the right to shape the effort people put in of their own accord?',
  'Where does the mandate come from — an election, a contract, a membership, or habit?':
    'Where does the mandate come from — an election, a contract, a community, or habit?',
  'What would make those affected trust that this is done with them, not to them?':
    'What would make residents trust that this is done with them, not to them?',
  'What would have to be true for the proposal to work where it would happen?':
    'What would have to be true for this to work where we live?',
  'Which levers do those who decide really control, and which belong to someone else?':
    'Which levers does the service really control, and which belong to someone else?',
  'Who is accountable to whom: those who decide to those affected, each to the other, or both?':
    'Who is accountable to whom: the service to residents, residents to each other, or both?',
  'What can each party promise to do reliably, whatever the outcome?':
    'What can the service promise to do reliably, whatever the outcome?',
};

const inOriginWords = (prompts: readonly string[]) =>
  prompts.map((p) => PUBLIC_SERVICES_WORDING[p] ?? p);

export const PUBLIC_SERVICES_PROMPTS: PromptLibrary = {
  frame: inOriginWords(PROMPT_LIBRARY.frame),
  legitimacy: inOriginWords(PROMPT_LIBRARY.legitimacy),
  practicability: inOriginWords(PROMPT_LIBRARY.practicability),
  accountability: inOriginWords(PROMPT_LIBRARY.accountability),
  prioritise: inOriginWords(PROMPT_LIBRARY.prioritise),
  conclude: inOriginWords(PROMPT_LIBRARY.conclude),
  negotiate: inOriginWords(PROMPT_LIBRARY.negotiate),
};

export interface BuiltInTemplate {
  /** Prefixed so it can never clash with a saved template's random id. */
  id: `builtin:${string}`;
  name: string;
  stages(makeId?: () => StageId): Stage[];
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'builtin:public-services',
    name: 'Public services: from social security to social productivity',
    stages: (makeId) => defaultStages(makeId, PUBLIC_SERVICES_PROMPTS),
  },
  {
    id: 'builtin:review',
    name: 'Review: what happened, what we learned, what we change',
    stages: reviewStages,
  },
];

export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
