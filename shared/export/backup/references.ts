import type { z } from 'zod';

import {
  BACKUP_PRIMARY_KEYS,
  BACKUP_TABLE_NAMES,
  isRoomVoice,
  VOTE_BUDGET_KEY,
  type AgreementRow,
  type BACKUP_TABLE_ROWS,
  type BackupTableName,
} from './tableSchemas';

/** Validated rows, table by table (a table a file leaves out counts as empty). */
export type CheckedTables = {
  [T in BackupTableName]?: z.infer<(typeof BACKUP_TABLE_ROWS)[T]>[];
};

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Finds the first row that fails `ok`, and says which and why. */
function firstBad<R>(
  rows: readonly R[] | undefined,
  ok: (row: R) => boolean,
  describe: (row: R) => string,
): string | null {
  for (const row of rows ?? []) if (!ok(row)) return describe(row);
  return null;
}

function duplicateKeys(tables: CheckedTables): string | null {
  for (const name of BACKUP_TABLE_NAMES) {
    const key = BACKUP_PRIMARY_KEYS[name];
    const seen = new Set<unknown>();
    for (const row of (tables[name] ?? []) as Record<string, unknown>[]) {
      if (seen.has(row[key])) return `“${name}” holds the row ${String(row[key])} twice.`;
      seen.add(row[key]);
    }
  }
  return null;
}

/** Links inside one agreement draft: parties, clauses and assent name only its own rows. */
function agreementProblem(state: z.infer<typeof AgreementRow>): string | null {
  const parties = new Set(state.parties.map((p) => p.id));
  const clauses = new Set(state.clauses.map((c) => c.id));
  const party = (id: string | null) => id === null || parties.has(id);
  for (const note of state.mandateNotes)
    if (!party(note.partyId)) return 'a mandate note names a party that is not in its agreement.';
  // An objection by a party since removed keeps that party's name on record (partyName).
  const objector = (o: { partyId: string; partyName?: string }) =>
    party(o.partyId) || o.partyName !== undefined;
  for (const c of state.clauses) {
    if (!party(c.partyId)) return `the clause “${short(c.text)}” names a party not in its draft.`;
    if (c.amendments.some((a) => !party(a.partyId)) || !c.objections.every(objector))
      return `the clause “${short(c.text)}” has an amendment or objection by an unknown party.`;
    if (Object.keys(c.assent).some((id) => !parties.has(id)))
      return `the clause “${short(c.text)}” has assent from an unknown party.`;
    const linked = [
      ...(c.contingency?.objectiveIds ?? []),
      ...(c.contingency?.commitmentIds ?? []),
    ];
    if (linked.some((id) => !clauses.has(id)))
      return `the clause “${short(c.text)}” depends on a clause that is not in its draft.`;
  }
  if (!(state.draftObjections ?? []).every(objector))
    return 'an objection to the whole draft is by a party that is not in its agreement.';
  if (Object.keys(state.draftAssent).some((id) => !parties.has(id)))
    return 'an agreement has assent from a party that is not in it.';
  for (const round of state.consentRounds ?? [])
    if (round.target.kind === 'clause' && !clauses.has(round.target.clauseId))
      return 'a consent round is on a clause that is not in its draft.';
  return null;
}

/**
 * Every reference must name a row in the same file, of the same session: a row may never attach
 * itself to a session that is already on this computer (docs/backup-format.md, "References").
 * Returns the first broken link as a sentence, or null.
 */
export function referenceProblem(tables: CheckedTables): string | null {
  const duplicate = duplicateKeys(tables);
  if (duplicate) return duplicate;
  const sessions = new Set((tables.sessions ?? []).map((s) => s.id));
  const workshops = new Set((tables.workshops ?? []).map((w) => w.id));
  const sessionOf = (rows: readonly { id: string; sessionId: string }[] | undefined) =>
    new Map((rows ?? []).map((r) => [r.id, r.sessionId]));
  const propositions = sessionOf(tables.propositions);
  const cards = sessionOf(tables.cards);
  const groups = sessionOf(tables.groups);
  const participants = sessionOf(tables.participants);
  const versions = new Map((tables.agreementVersions ?? []).map((v) => [v.id, v]));
  /** `id` is a row of that table and belongs to the same session. */
  const sameSession = (map: Map<string, string>, id: string | null | undefined, s: string) =>
    id === null || id === undefined || map.get(id) === s;
  const inFile = (row: { sessionId: string }) => sessions.has(row.sessionId);
  const notInFile = (what: string) => () => `${what} belongs to a session that is not in the file.`;

  return (
    firstBad(
      tables.sessions,
      (s) => s.workshopId === null || workshops.has(s.workshopId),
      (s) => `the session “${short(s.title)}” is filed in a workshop that is not in the file.`,
    ) ??
    firstBad(
      tables.sessions,
      (s) => propositions.get(s.activePropositionId) === s.id,
      (s) => `the session “${short(s.title)}” has no proposition of its own in the file.`,
    ) ??
    firstBad(tables.propositions, inFile, notInFile('a proposition')) ??
    firstBad(
      tables.cards,
      (c) =>
        inFile(c) &&
        propositions.get(c.propositionId) === c.sessionId &&
        sameSession(groups, c.groupId, c.sessionId) &&
        sameSession(participants, c.participantId, c.sessionId) &&
        (c.drawsOn ?? []).every((id) => cards.get(id) === c.sessionId),
      (c) =>
        `the card “${short(c.text)}” refers to a session, proposition, group, participant or card that is not in the file.`,
    ) ??
    firstBad(
      tables.groups,
      (g) => inFile(g) && propositions.get(g.propositionId) === g.sessionId,
      (g) => `the group “${short(g.name)}” belongs to a session or proposition not in the file.`,
    ) ??
    firstBad(tables.participants, inFile, notInFile('a participant')) ??
    firstBad(
      tables.dots,
      (d) =>
        inFile(d) &&
        d.id === `${d.cardId}|${d.participantId}` &&
        propositions.get(d.propositionId) === d.sessionId &&
        cards.get(d.cardId) === d.sessionId &&
        // A phone's dots are its own voice's, not a participant's (docs/room.md).
        (isRoomVoice(d.participantId) || participants.get(d.participantId) === d.sessionId),
      () => 'a vote names a card or participant that is not in the file.',
    ) ??
    firstBad(tables.stagePlans, inFile, notInFile('a stage plan')) ??
    firstBad(
      tables.stagePlans,
      (p) => p.stages.some((s) => s.id === p.currentStageId),
      () => 'a stage plan’s current stage is not one of its stages.',
    ) ??
    firstBad(tables.stageTimers, inFile, notInFile('a stage timer')) ??
    firstBad(
      tables.stageNotes,
      (n) => inFile(n) && n.id === `${n.sessionId}:${n.stageId}`,
      notInFile('a stage note'),
    ) ??
    firstBad(
      tables.presenterState,
      // Like a clause's sources, the spotlight may name a card deleted since (the room view then
      // shows none); a card that is in the file must be the same session's.
      (p) =>
        inFile(p) &&
        (p.spotlightCardId === null ||
          !cards.has(p.spotlightCardId) ||
          cards.get(p.spotlightCardId) === p.sessionId),
      () => 'the room view’s state names a session or card that is not in the file.',
    ) ??
    firstBad(
      tables.roomPoints,
      // Like the spotlight, a point on the board may name a card deleted since; a card that is in
      // the file must be the same session's.
      (p) =>
        inFile(p) &&
        propositions.get(p.propositionId) === p.sessionId &&
        (p.cardId === null || !cards.has(p.cardId) || cards.get(p.cardId) === p.sessionId),
      (p) =>
        `the point from a phone “${short(p.text)}” belongs to a session, proposition or card that is not in the file.`,
    ) ??
    firstBad(
      tables.scoringRounds,
      (r) => inFile(r) && propositions.get(r.propositionId) === r.sessionId,
      () => 'a scoring round names a proposition that is not in the file.',
    ) ??
    firstBad(
      tables.practicabilityScores,
      (r) =>
        inFile(r) &&
        r.id === `${r.cardId}|${r.voterId}` &&
        propositions.get(r.propositionId) === r.sessionId &&
        cards.get(r.cardId) === r.sessionId,
      () => 'a practicability score names a card or proposition that is not in the file.',
    ) ??
    firstBad(tables.agreements, inFile, notInFile('an agreement draft')) ??
    firstBad(
      tables.agreementVersions,
      (v) => inFile(v) && v.state.sessionId === v.sessionId,
      notInFile('an agreement version'),
    ) ??
    firstBad(
      tables.agreementReviews,
      (r) => {
        const agreed = versions.get(r.versionId);
        return (
          inFile(r) &&
          agreed?.sessionId === r.sessionId &&
          (r.outcomeVersionId === null ||
            versions.get(r.outcomeVersionId)?.sessionId === r.sessionId) &&
          Object.keys(r.entries).every((id) => agreed.state.clauses.some((c) => c.id === id))
        );
      },
      () =>
        'a review names a version or clause that is not in the file, or another session’s version.',
    ) ??
    firstBad(
      [...(tables.agreements ?? []), ...(tables.agreementVersions ?? []).map((v) => v.state)],
      (a) => agreementProblem(a) === null,
      (a) => agreementProblem(a)!,
    ) ??
    firstBad(
      tables.settings,
      (s) => sessions.has(VOTE_BUDGET_KEY.exec(s.key)?.[1] ?? ''),
      (s) => `the setting “${short(s.key)}” belongs to a session that is not in the file.`,
    )
  );
}
