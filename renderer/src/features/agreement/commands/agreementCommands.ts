// Every write to an agreement draft: read the session's draft, apply one pure change from
// shared/agreement, write it back through the TxWriter (so undo restores the draft as it was).
import { defineCommand, type Command, type CommandContext } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import type { ParleyDb } from '#renderer/db/database';
import {
  applyAdditions,
  generateDraft,
  partiesFor,
  proposeAdditions,
  type SourceCard,
  type SourceParticipant,
} from '#shared/agreement/generate';
import {
  emptyAgreement,
  type AgreementState,
  type ClauseId,
  type MandateNoteId,
  type PartyId,
} from '#shared/agreement/model';
import * as N from '#shared/agreement/negotiation';
import { AgreementRuleError } from '#shared/agreement/rules';
import { takeSnapshot } from '#shared/agreement/versions';
import { newId, type SessionId } from '#shared/domain/ids';

async function loadDraft(db: ParleyDb, sessionId: SessionId, at: number): Promise<AgreementState> {
  await requireSession(db, sessionId);
  return (await db.agreements.get(sessionId)) ?? emptyAgreement(sessionId, at);
}

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

type Change<I> = (
  state: AgreementState,
  input: I,
  at: number,
  ctx: CommandContext,
) => AgreementState | Promise<AgreementState>;

/** A command that changes one session's draft through a pure function; rule errors become messages. */
function draftCommand<I extends { sessionId: SessionId }>(
  name: string,
  label: string,
  change: Change<I>,
): Command<I, AgreementState> {
  return defineCommand<I, AgreementState>({
    name,
    label,
    tables: ['agreements', 'cards', 'participants'],
    undoable: true,
    async run(input, w, ctx) {
      const at = ctx.now();
      const before = await loadDraft(ctx.db, input.sessionId, at);
      let after: AgreementState;
      try {
        after = await change(before, input, at, ctx);
      } catch (error) {
        if (error instanceof AgreementRuleError)
          throw new CommandError(
            error.code === 'not-found' ? 'not-found' : 'invalid',
            error.message,
          );
        throw error;
      }
      if (after !== before) {
        await w.put('agreements', input.sessionId, after);
        await ctx.db.sessions.update(input.sessionId, { updatedAt: at });
      }
      return after;
    },
  });
}

type S = { sessionId: SessionId };

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

/** Adds the additions the facilitator ticked; the rest are remembered as declined. */
export const addGeneratedClauses = draftCommand<
  S & { acceptKeys: string[]; offeredKeys: string[] }
>('agreement.addGenerated', 'Add clauses from the board', async (state, input, at, { db }) => {
  const offered = proposeAdditions(state, await sessionCards(db, input.sessionId), {
    at,
    newId,
    participants: await sessionParticipants(db, input.sessionId),
  }).filter((a) => input.offeredKeys.includes(a.key));
  return applyAdditions(state, offered, new Set(input.acceptKeys), at);
});

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
    const state = await db.agreements.get(sessionId);
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
