// Versions: a snapshot is a frozen copy of the draft numbered v1, v2, …; the diff compares two
// snapshots clause by clause, matching clauses by id so a reworded clause reads as "changed"
// rather than as one removed and another added.
import type { EpochMs } from '../domain/types';
import { clauseDetails } from './document';
import {
  clauseNumber,
  SECTION_IDS,
  type AgreementState,
  type AgreementVersion,
  type Clause,
  type ClauseStatus,
  type SectionId,
} from './model';

export function versionLabel(number: number): string {
  return `v${number}`;
}

/** The next snapshot of the draft: numbered after the highest existing version of the session. */
export function takeSnapshot(
  state: AgreementState,
  existing: readonly Pick<AgreementVersion, 'number'>[],
  id: string,
  at: EpochMs,
  note = '',
): AgreementVersion {
  const number = existing.reduce((max, v) => Math.max(max, v.number), 0) + 1;
  // A deep copy: later edits to the live draft must never reach into a snapshot.
  const frozen = JSON.parse(JSON.stringify(state)) as AgreementState;
  return {
    id,
    sessionId: state.sessionId,
    number,
    takenAt: at,
    label: note.trim().slice(0, 200),
    state: frozen,
  };
}

export type ClauseChangeKind = 'added' | 'removed' | 'changed' | 'status' | 'unchanged';

export interface ClauseDiff {
  clauseId: string;
  section: SectionId;
  kind: ClauseChangeKind;
  /** Numbers in each version ("3.2"), null where the clause does not exist. */
  numberBefore: string | null;
  numberAfter: string | null;
  textBefore: string | null;
  textAfter: string | null;
  statusBefore: ClauseStatus | null;
  statusAfter: ClauseStatus | null;
  /** For 'changed': what changed besides status (wording, particulars, party, assent). */
  changes: ('text' | 'details' | 'party' | 'assent')[];
  /** True when the status changed too (also for 'changed' clauses). */
  statusChanged: boolean;
  /** Parties assenting to the clause in the newer version (names), for "assent now: …". */
  assentAfter: string[];
}

export interface VersionDiff {
  clauses: ClauseDiff[];
  parties: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };
  counts: Record<ClauseChangeKind, number>;
}

function detailsKey(state: AgreementState, c: Clause): string {
  return JSON.stringify(clauseDetails(state, c));
}

export function diffVersions(before: AgreementState, after: AgreementState): VersionDiff {
  const byIdBefore = new Map(before.clauses.map((c) => [c.id as string, c]));
  const byIdAfter = new Map(after.clauses.map((c) => [c.id as string, c]));
  const result: ClauseDiff[] = [];

  for (const section of SECTION_IDS) {
    // The newer version's order first, with removed clauses after, so a reader follows the new draft.
    const afterIds = after.clauses.filter((c) => c.section === section).map((c) => c.id as string);
    const removedIds = before.clauses
      .filter((c) => c.section === section && !byIdAfter.has(c.id))
      .map((c) => c.id as string);
    // A clause moved to another section still counts as the same clause, shown where it is now.
    for (const id of [...afterIds, ...removedIds]) {
      const a = byIdBefore.get(id);
      const b = byIdAfter.get(id);
      const changes: ClauseDiff['changes'] = [];
      if (a && b) {
        if (a.text !== b.text) changes.push('text');
        if (detailsKey(before, a) !== detailsKey(after, b)) changes.push('details');
        if (a.partyId !== b.partyId) changes.push('party');
        if (Object.keys(a.assent).sort().join() !== Object.keys(b.assent).sort().join())
          changes.push('assent');
      }
      const statusChanged = Boolean(a && b && a.status !== b.status);
      // Assent is part of where the negotiation stands, like status: it alone never makes a clause "changed".
      const termsChanged = changes.some((c) => c !== 'assent');
      const kind: ClauseChangeKind = !a
        ? 'added'
        : !b
          ? 'removed'
          : termsChanged
            ? 'changed'
            : statusChanged || changes.length > 0
              ? 'status'
              : 'unchanged';
      result.push({
        clauseId: id,
        section: (b ?? a)!.section,
        kind,
        numberBefore: a ? clauseNumber(before, a.id) : null,
        numberAfter: b ? clauseNumber(after, b.id) : null,
        textBefore: a?.text ?? null,
        textAfter: b?.text ?? null,
        statusBefore: a?.status ?? null,
        statusAfter: b?.status ?? null,
        changes,
        statusChanged,
        assentAfter: b ? after.parties.filter((p) => b.assent[p.id]).map((p) => p.name) : [],
      });
    }
  }

  const partiesBefore = new Map(before.parties.map((p) => [p.id as string, p.name]));
  const partiesAfter = new Map(after.parties.map((p) => [p.id as string, p.name]));
  const counts: Record<ClauseChangeKind, number> = {
    added: 0,
    removed: 0,
    changed: 0,
    status: 0,
    unchanged: 0,
  };
  for (const d of result) counts[d.kind]++;
  return {
    clauses: result,
    parties: {
      added: [...partiesAfter].filter(([id]) => !partiesBefore.has(id)).map(([, name]) => name),
      removed: [...partiesBefore].filter(([id]) => !partiesAfter.has(id)).map(([, name]) => name),
      renamed: [...partiesAfter]
        .filter(([id, name]) => partiesBefore.has(id) && partiesBefore.get(id) !== name)
        .map(([id, name]) => ({ from: partiesBefore.get(id)!, to: name })),
    },
    counts,
  };
}
