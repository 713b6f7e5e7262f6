import { DEFAULT_VOTE_BUDGET } from '../board/types';
import type { StageKind } from './types';

export type PromptLibrary = Readonly<Record<Exclude<StageKind, 'custom'>, readonly string[]>>;

/**
 * The prompt library: questions a facilitator can put on the screen, in Parley's own words,
 * drawn from the three lenses of the method (docs/agreement.md, "Prompts for any group"). They speak of "the
 * proposal", "those affected" and "who decides", so they fit any group; a template may word them
 * for its own case (publicServicesTemplate.ts). The default plan takes the first few of each; the
 * plan editor offers the rest.
 */
export const PROMPT_LIBRARY: PromptLibrary = {
  frame: [
    'In one sentence each: what do we think the proposal actually claims?',
    'Which words in it could two people read differently? Pin each down as a definition.',
    'Who decides on this, and who are those affected by it?',
    'What would be different on an ordinary day if this were already in place?',
  ],
  legitimacy: [
    'Who has agreed to this change, and how would we know if they had not?',
    'What gives those who decide the right to shape what people do of their own accord?',
    'Whose voice gets weaker if this goes ahead, and whose gets stronger?',
    'Where does the mandate come from — an election, a contract, a membership, or habit?',
    'Could those affected say no, and what would happen if they did?',
    'Would this still feel fair to someone who never came to a meeting about it?',
    'What would make those affected trust that this is done with them, not to them?',
  ],
  practicability: [
    'What would have to be true for the proposal to work where it would happen?',
    'What evidence do we already have that it can be done — and what is only hope?',
    'What is the first thing that would go wrong, and who would notice?',
    'Which levers do those who decide really control, and which belong to someone else?',
    'Who would do the work on a wet Monday morning, and are they able to?',
    'What does it cost, and what stops if we pay for it?',
    'Where has something like this been tried, and what happened there?',
  ],
  accountability: [
    'If the result comes from many hands, who answers when it fails?',
    'What exactly will be measured, by whom, and who sees the figures?',
    'How does someone complain, and how is the arrangement renegotiated?',
    'Who is accountable to whom: those who decide to those affected, each to the other, or both?',
    'What can each party promise to do reliably, whatever the outcome?',
    'How will we tell a broken promise from bad luck?',
    'When, and in which room, do we look at this again?',
  ],
  prioritise: [
    'Which three points, if we got them wrong, would sink the whole idea?',
    dotPrompt(DEFAULT_VOTE_BUDGET),
    'What can safely wait until the next session?',
  ],
  conclude: [
    'What do we now believe that we did not believe this morning?',
    'Which conclusion surprised us, and why?',
    'Which points on the board does each conclusion rest on?',
    'What are we still unsure about? Park it as an open question, with who takes it forward.',
  ],
  negotiate: [
    'Which clause is next, and can every party live with its wording?',
    'What will each party commit to doing, reliably, whatever happens?',
    'What happens if one party cannot keep its side of the bargain?',
    'When and how do we review this agreement together?',
  ],
};

/** The dot-voting prompt for a budget, so what the screen says matches what a phone allows. */
export function dotPrompt(budget: number): string {
  return budget === 1
    ? 'You have one dot: put it on the point that must most shape the agreement.'
    : `You have ${budget} dots each: spend them on the points that must shape the agreement.`;
}
