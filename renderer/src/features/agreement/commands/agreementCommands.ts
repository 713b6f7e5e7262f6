// Every write to an agreement draft, each one pure change from shared/agreement (draftCommand.ts).
import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { ParleyDb } from '#renderer/db/database';
import { removeDefinition as removeDefinitionFrom } from '#shared/agreement/definitions';
import {
  applyAdditions,
  draftToExtend,
  generateDraft,
  partiesFor,
  proposeAdditions,
  type SourceCard,
  type SourceParticipant,
} from '#shared/agreement/generate';
import {
  type ClauseId,
  type DefinitionId,
  type MandateNoteId,
  type PartyId,
} from '#shared/agreement/model';
import * as N from '#shared/agreement/negotiation';
import * as Obj from '#shared/agreement/objections';
import { PLACEMENTS, type Placement } from '#shared/agreement/placement';
import { AgreementRuleError } from '#shared/agreement/rules';
import { upgradeAgreementState } from '#shared/agreement/upgrade';
import { takeSnapshot } from '#shared/agreement/versions';
import { newId, type SessionId } from '#shared/domain/ids';

import { draftCommand, type S } from './draftCommand';

/** The session's cards, all propositions, as generation reads them. */
export async function sessionCards(db: ParleyDb, sessionId: SessionId): Promise<SourceCard[]> {
  return db.cards.where('sessionId').equals(sessionId).toArray();
}

/** The people at the table and the parties they came for. */
async function sessionParticipants(
  db: ParleyDb,
  sessionId: SessionId,
): Promise<SourceParticipant[]> {
  return db.participants.where('sessionId').equals(sessionId).sortBy('order');
}

export const generateAgreementDraft = draftCommand<S>(
  'agreement.generate',
  'Generate draft',
  async (state, { sessionId }, at, { db }) => {
    const cards = await sessionCards(db, sessionId);
    if (cards.length === 0)
      throw new AgreementRuleError(
        'The board is empty: capture some points and conclusions first, then generate the draft.',
      );
    return generateDraft(sessionId, state, cards, {
      at,
      newId,
      participants: await sessionParticipants(db, sessionId),
    });
  },
);

/** A draft written by hand rather than generated: the parties at the table (or the two usual sides), no clauses yet. */
export const startBlankDraft = draftCommand<S>(
  'agreement.startBlank',
  'Start an empty draft',
  async (state, { sessionId }, at, { db }) =>
    state.parties.length > 0
      ? { ...state, updatedAt: at }
      : {
          ...state,
          parties: partiesFor(await sessionParticipants(db, sessionId), newId),
          revision: state.revision + 1,
          updatedAt: at,
        },
);

/**
 * Writes what the facilitator kept in the review step, each where they left it; the rest is
 * remembered as declined. With no draft yet, this starts it (parties from the participants).
 */
export const addGeneratedClauses = draftCommand<
  S & { acceptKeys: string[]; offeredKeys: string[]; moves?: Record<string, Placement> }
>('agreement.addGenerated', 'Write clauses from the board', async (state, input, at, { db }) => {
  const options = { at, newId, participants: await sessionParticipants(db, input.sessionId) };
  const base = draftToExtend(input.sessionId, state, options);
  const offered = proposeAdditions(base, await sessionCards(db, input.sessionId)).filter((a) =>
    input.offeredKeys.includes(a.key),
  );
  const moves = new Map(
    Object.entries(input.moves ?? {}).filter(([, p]) => PLACEMENTS.includes(p)),
  );
  return applyAdditions(base, offered, new Set(input.acceptKeys), options, moves);
});

export const removeDefinition = draftCommand<S & { definitionId: DefinitionId }>(
  'agreement.removeDefinition',
  'Remove definition',
  (s, i, at) => removeDefinitionFrom(s, i.definitionId, at),
);

export const addParty = draftCommand<S & N.PartyInput>(
  'agreement.addParty',
  'Add party',
  (s, i, at) => N.addParty(s, newId<PartyId>(), i, at),
);
export const updateParty = draftCommand<S & N.PartyInput & { partyId: PartyId }>(
  'agreement.updateParty',
  'Edit party',
  (s, i, at) => N.updateParty(s, i.partyId, i, at),
);
export const removeParty = draftCommand<S & { partyId: PartyId; confirmed: boolean }>(
  'agreement.removeParty',
  'Delete party',
  (s, i, at) => N.removeParty(s, i.partyId, i.confirmed, at),
);
export const assignMandateNote = draftCommand<
  S & { noteId: MandateNoteId; partyId: PartyId | null }
>('agreement.assignNote', 'Attach mandate note', (s, i, at) =>
  N.assignMandateNote(s, i.noteId, i.partyId, at),
);

export const addClause = draftCommand<S & N.ClauseInput>(
  'agreement.addClause',
  'Add clause',
  (s, i, at) => N.addClause(s, newId<ClauseId>(), i, at),
);
export const amendClause = draftCommand<S & N.AmendInput & { clauseId: ClauseId }>(
  'agreement.amendClause',
  'Amend clause',
  (s, i, at) => N.amendClause(s, i.clauseId, i, at),
);
export const moveClause = draftCommand<S & { clauseId: ClauseId; step: -1 | 1 }>(
  'agreement.moveClause',
  'Move clause',
  (s, i, at) => N.moveClause(s, i.clauseId, i.step, at),
);
export const removeClause = draftCommand<S & { clauseId: ClauseId }>(
  'agreement.removeClause',
  'Delete clause',
  (s, i, at) => N.removeClause(s, i.clauseId, at),
);
export const setClauseStatus = draftCommand<
  S & { clauseId: ClauseId; status: 'proposed' | 'accepted' | 'withdrawn' }
>('agreement.setStatus', 'Change clause status', (s, i, at) =>
  N.setClauseStatus(s, i.clauseId, i.status, at),
);
export const contestClause = draftCommand<
  S & { clauseId: ClauseId; partyId: PartyId; reason: string }
>('agreement.contest', 'Record objection', (s, i, at) =>
  N.contestClause(s, i.clauseId, i.partyId, i.reason, at),
);
type O = S & { clauseId: ClauseId; objectionId: string };
export const withdrawObjection = draftCommand<O>(
  'agreement.withdrawObjection',
  'Withdraw objection',
  (s, i, at) => Obj.withdrawObjection(s, i.clauseId, i.objectionId, at),
);
export const acceptAmendment = draftCommand<O>(
  'agreement.acceptAmendment',
  'Accept amendment',
  (s, i, at) => Obj.acceptAmendment(s, i.clauseId, i.objectionId, at),
);
export const maintainObjection = draftCommand<O>(
  'agreement.maintainObjection',
  'Still objects',
  (s, i, at) => Obj.maintainObjection(s, i.clauseId, i.objectionId, at),
);
export const overruleObjection = draftCommand<O & { reason: string }>(
  'agreement.overruleObjection',
  'Overrule objection',
  (s, i, at) => Obj.overruleObjection(s, i.clauseId, i.objectionId, i.reason, at),
);
export const setClauseAssent = draftCommand<
  S & { clauseId: ClauseId; partyId: PartyId; assent: boolean }
>('agreement.clauseAssent', 'Record assent', (s, i, at) =>
  i.assent
    ? N.recordClauseAssent(s, i.clauseId, i.partyId, at)
    : N.withdrawClauseAssent(s, i.clauseId, i.partyId, at),
);
export const setDraftAssent = draftCommand<S & { partyId: PartyId; assent: boolean }>(
  'agreement.draftAssent',
  'Record assent to the draft',
  (s, i, at) =>
    i.assent ? N.recordDraftAssent(s, i.partyId, at) : N.withdrawDraftAssent(s, i.partyId, at),
);

/** Freezes the draft as the next version (v1, v2, …). Undo removes the snapshot. */
export const snapshotAgreement = defineCommand<S & { note?: string }, number>({
  name: 'agreement.snapshot',
  label: 'Save version',
  tables: ['agreements', 'agreementVersions'],
  undoable: true,
  creates: true,
  async run({ sessionId, note }, w, { db, now }) {
    const row = await db.agreements.get(sessionId);
    const state = row && upgradeAgreementState(row);
    if (!state || state.clauses.length === 0)
      throw new CommandError(
        'invalid',
        'There is no draft to save yet: generate or write some clauses first.',
      );
    const existing = await db.agreementVersions
      .where('[sessionId+number]')
      .between([sessionId, -Infinity], [sessionId, Infinity])
      .toArray();
    const version = takeSnapshot(state, existing, newId(), now(), note);
    await w.put('agreementVersions', version.id, version);
    return version.number;
  },
});
