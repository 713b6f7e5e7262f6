// The five regions of a session's board. The labels are part of the automation contract
// (docs/architecture.md, "Accessible names"): outside tests find regions and "Add to <label>" boxes
// by these names.
export const LANE_IDS = [
  'legitimacy',
  'practicability',
  'accountability',
  'conclusions',
  'questions',
] as const;
export type LaneId = (typeof LANE_IDS)[number];

export interface LaneInfo {
  readonly id: LaneId;
  readonly label: string;
  /** Lenses are the three questions a proposition is examined through; the other lanes collect results. */
  readonly isLens: boolean;
  /** One line shown under the lane title so the room remembers what belongs there. */
  readonly question: string;
  /** What the add box suggests while empty. */
  readonly placeholder: string;
}

export const LANES: Readonly<Record<LaneId, LaneInfo>> = {
  legitimacy: {
    id: 'legitimacy',
    label: 'Legitimacy',
    isLens: true,
    question: 'Is there a mandate, and the consent of those affected?',
    placeholder: 'Who agreed, who loses a say…',
  },
  practicability: {
    id: 'practicability',
    label: 'Practicability',
    isLens: true,
    question: 'Can it be done with the capacity and evidence we have?',
    placeholder: 'What must be true for it to work…',
  },
  accountability: {
    id: 'accountability',
    label: 'Accountability',
    isLens: true,
    question: 'Who answers for shared results, to whom, and how?',
    placeholder: 'Who answers, what is measured…',
  },
  conclusions: {
    id: 'conclusions',
    label: 'Conclusions',
    isLens: false,
    question: 'What the group has come to — including the surprises.',
    placeholder: 'A conclusion the group reached…',
  },
  questions: {
    id: 'questions',
    label: 'Open questions',
    isLens: false,
    question: 'What we could not settle today, parked for later.',
    placeholder: 'A question to park…',
  },
};

export function isLaneId(value: unknown): value is LaneId {
  return typeof value === 'string' && (LANE_IDS as readonly string[]).includes(value);
}
