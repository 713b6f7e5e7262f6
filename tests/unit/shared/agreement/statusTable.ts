// The status table under test, re-exported so the transition test reads as a list of moves.
export { canTransition } from '#shared/agreement/rules';
export const CLAUSE_STATUSES_FOR_TEST = ['proposed', 'accepted', 'contested', 'withdrawn'] as const;
