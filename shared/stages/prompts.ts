import type { StageKind } from './types';

/**
 * The prompt library: questions a facilitator can put on the screen, in Parley's own words,
 * drawn from the three lenses of the method (see the domain notes). The default plan takes the
 * first few of each; the plan editor offers the rest.
 */
export const PROMPT_LIBRARY: Readonly<Record<Exclude<StageKind, 'custom'>, readonly string[]>> = {
  frame: [
    'In one sentence each: what do we think this proposition actually claims?',
    'Which words in it could two people read differently? Let us pin them down.',
    'Who is "the state" here, and who are the people on the other side of it?',
    'What would be different on an ordinary Tuesday if this were already true?',
  ],
  legitimacy: [
    'Who has agreed to this change, and how would we know if they had not?',
    'What gives a public body the right to shape the effort people put in of their own accord?',
    'Whose voice gets weaker if this goes ahead, and whose gets stronger?',
    'Where does the mandate come from — an election, a contract, a community, or habit?',
    'Could the people affected say no, and what would happen if they did?',
    'Would this still feel fair to someone who never came to a meeting about it?',
    'What would make residents trust that this is done with them, not to them?',
  ],
  practicability: [
    'What would have to be true for this to work where we live?',
    'What evidence do we already have that it can be done — and what is only hope?',
    'What is the first thing that would go wrong, and who would notice?',
    'Which levers does the service really control, and which belong to someone else?',
    'Who would do the work on a wet Monday morning, and are they able to?',
    'What does it cost, and what stops if we pay for it?',
    'Where has something like this been tried, and what happened there?',
  ],
  accountability: [
    'If the result comes from many hands, who answers when it fails?',
    'What exactly will be measured, by whom, and who sees the figures?',
    'How does someone complain, and how is the arrangement renegotiated?',
    'Who is accountable to whom: the service to residents, residents to each other, or both?',
    'What can the service promise to do reliably, whatever the outcome?',
    'How will we tell a broken promise from bad luck?',
    'When, and in which room, do we look at this again?',
  ],
  prioritise: [
    'Which three points, if we got them wrong, would sink the whole idea?',
    'Give each point a dot if it must shape the agreement.',
    'What can safely wait until the next session?',
  ],
  conclude: [
    'What do we now believe that we did not believe this morning?',
    'Which conclusion surprised us, and why?',
    'Which points on the board does each conclusion rest on?',
    'What are we still unsure about? Park it as an open question.',
  ],
  negotiate: [
    'What will each party commit to doing, reliably, whatever happens?',
    'Which shared aims can both sides sign up to without a target imposed from above?',
    'What happens if one side cannot keep its side of the bargain?',
    'When and how do we review this agreement together?',
  ],
};
