// Drafts written before schema v3 (docs/agreement.md) lack definitions, consent rounds, question
// follow-ups and recorded objection resolutions; drafts before objections to the whole draft lack
// `draftObjections`. This brings such a draft to today's shape. It runs
// in the Dexie v3 upgrade and again wherever a stored draft is read (an old backup imported later
// still holds old-shape rows), so it must be idempotent and never lose a field it does not know.
import type {
  AgreementState,
  AgreementVersion,
  Clause,
  Objection,
  ObjectionResolution,
} from './model';

type OldObjection = Omit<Objection, 'id' | 'resolution' | 'awaitingStanceSince'> &
  Partial<Pick<Objection, 'id' | 'resolution' | 'awaitingStanceSince'>>;
type OldClause = Omit<Clause, 'followUp' | 'objections'> & {
  followUp?: Clause['followUp'];
  objections: OldObjection[];
};
export type OldAgreementState = Omit<
  AgreementState,
  'definitions' | 'consentRounds' | 'clauses' | 'draftObjections'
> & {
  draftObjections?: AgreementState['draftObjections'];
  definitions?: AgreementState['definitions'];
  consentRounds?: AgreementState['consentRounds'];
  clauses: OldClause[];
};

function upgradeObjection(clauseId: string, o: OldObjection, index: number): Objection {
  // Before v3 the only way an objection ended was the clause being accepted, and how was not kept.
  const resolution: ObjectionResolution | null =
    o.resolution !== undefined
      ? o.resolution
      : o.resolvedAt === null
        ? null
        : { kind: 'settled-unrecorded', at: o.resolvedAt };
  return {
    ...o,
    id: o.id ?? `${clauseId}:o${index + 1}`,
    resolution,
    awaitingStanceSince: o.awaitingStanceSince ?? null,
  };
}

function upgradeClause(c: OldClause): Clause {
  return {
    ...c,
    followUp: c.followUp ?? null,
    objections: c.objections.map((o, i) => upgradeObjection(c.id, o, i)),
  };
}

export function upgradeAgreementState(state: OldAgreementState | AgreementState): AgreementState {
  return {
    ...state,
    definitions: state.definitions ?? [],
    consentRounds: state.consentRounds ?? [],
    draftObjections: state.draftObjections ?? [],
    clauses: (state.clauses as OldClause[]).map(upgradeClause),
  };
}

export function upgradeAgreementVersion(version: AgreementVersion): AgreementVersion {
  return { ...version, state: upgradeAgreementState(version.state) };
}
