import type { LaneId } from '../domain/lanes';
import type { StageKind } from './types';

/**
 * A filled-in example for a first-time user: one group's afternoon on the social productivity
 * proposition, retold in Parley's own words. Opening it shows what a board and a plan look like
 * half-way through a real session.
 */
export const EXAMPLE_SESSION = {
  title: 'Social productivity away day',
  proposition:
    'The state should stop aiming only at social security and aim instead at social productivity: growing the self-reliance, care and volunteering that already hold communities together.',
  /**
   * Minutes into the run at which each stage began, up to the one the example opens on
   * (Accountability, so its prompts, highlighted lane and timer are in view).
   */
  stageStartMinutes: [0, 14, 35, 54] as readonly number[],
  cards: [
    [
      'legitimacy',
      'A council nudging how people spend their own time needs a stronger mandate than one that just empties the bins.',
    ],
    ['legitimacy', 'Residents were not asked; the idea came from a policy paper.'],
    [
      'legitimacy',
      'Volunteers could feel conscripted if their effort is counted as a service output.',
    ],
    [
      'legitimacy',
      'Consent has to be asked for again as the arrangement changes, not assumed once.',
    ],
    [
      'practicability',
      'Nobody in the room could name evidence that a service can make people more sociable.',
    ],
    [
      'practicability',
      'Small grants to existing groups worked in two wards; they were cheap and quick.',
    ],
    ['practicability', 'Front-line staff have no time set aside for community work.'],
    ['practicability', 'What works in a tight-knit village may not work on a new estate.'],
    [
      'accountability',
      'If outcomes come from the service and residents together, neither can be blamed alone.',
    ],
    [
      'accountability',
      'Outcome targets set from the centre would tempt people to game the figures.',
    ],
    [
      'accountability',
      'The service can still be held to what it reliably does: opening hours, response times, named contacts.',
    ],
    [
      'conclusions',
      'Surprise: outcomes cannot be promised by one side — they have to be negotiated, and depend on both sides keeping their word.',
    ],
    [
      'conclusions',
      'The service should guarantee levels of functioning that make it a credible partner, not promise outcomes it does not control.',
    ],
    ['questions', 'Who speaks for residents who never come to meetings?'],
    ['questions', 'How often should the agreement be renegotiated?'],
  ] as ReadonlyArray<readonly [LaneId, string]>,
  /** Private notes written on earlier stages, to show what the facilitator keeps for themselves. */
  notes: {
    frame:
      'Took 14 minutes, not 10 — "the state" meant the council to half the group and Whitehall to the rest. Settled on the council.',
    legitimacy: 'Priya was quiet until the volunteering point; ask her first next time.',
    accountability:
      'Watch the time: the group wants to jump to the agreement. Park it in Open questions.',
  } as Partial<Record<StageKind, string>>,
};
