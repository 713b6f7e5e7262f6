import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { PARTICIPANT_NAME_LIMIT, type Participant, type ParticipantId } from '#shared/board/types';
import { newId, type SessionId } from '#shared/domain/ids';
import { checkText } from '#shared/domain/text';

import { requireSession, touch } from './boardHelpers';

function validName(raw: string): string {
  const check = checkText(raw, PARTICIPANT_NAME_LIMIT, 'name');
  if (!check.ok)
    throw new CommandError(
      'invalid',
      check.reason === 'empty' ? 'Type the participant’s name.' : check.message,
    );
  return check.text;
}

/** A party is optional ("speaks for themselves"), but never over-long. */
function validParty(raw: string): string {
  const text = raw.trim();
  if (text === '') return '';
  const check = checkText(text, PARTICIPANT_NAME_LIMIT, 'party');
  if (!check.ok) throw new CommandError('invalid', check.message);
  return check.text;
}

export const addParticipant = defineCommand<
  { sessionId: SessionId; name: string; party: string },
  Participant
>({
  name: 'participant.add',
  label: 'Add participant',
  tables: ['participants'],
  undoable: true,
  creates: true,
  async run(input, w, { db, now }) {
    const name = validName(input.name);
    const party = validParty(input.party);
    await requireSession(db, input.sessionId);
    const existing = await db.participants.where('sessionId').equals(input.sessionId).toArray();
    if (existing.some((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase()))
      throw new CommandError('invalid', `${name} is already on the list.`);
    const at = now();
    const row: Participant = {
      id: newId<ParticipantId>(),
      sessionId: input.sessionId,
      name,
      party,
      order: existing.length,
      createdAt: at,
    };
    await w.put('participants', row.id, row);
    await touch(db, input.sessionId, at);
    return row;
  },
});

export const updateParticipant = defineCommand<
  { participantId: ParticipantId; name: string; party: string },
  Participant
>({
  name: 'participant.update',
  label: 'Edit participant',
  tables: ['participants'],
  undoable: true,
  async run(input, w, { db, now }) {
    const row = await db.participants.get(input.participantId);
    if (!row) throw new CommandError('not-found', 'That participant has been removed.');
    const next = { ...row, name: validName(input.name), party: validParty(input.party) };
    const others = await db.participants.where('sessionId').equals(row.sessionId).toArray();
    if (
      others.some(
        (p) => p.id !== row.id && p.name.toLocaleLowerCase() === next.name.toLocaleLowerCase(),
      )
    )
      throw new CommandError('invalid', `${next.name} is already on the list.`);
    await w.put('participants', row.id, next);
    await touch(db, row.sessionId, now());
    return next;
  },
});

/** Removes a participant: their cards lose the attribution and their dots come off the cards. */
export const removeParticipant = defineCommand<{ participantId: ParticipantId }, void>({
  name: 'participant.remove',
  label: 'Remove participant',
  tables: ['participants', 'cards', 'dots'],
  undoable: true,
  async run({ participantId }, w, { db, now }) {
    const row = await db.participants.get(participantId);
    if (!row) throw new CommandError('not-found', 'That participant has been removed.');
    const at = now();
    const dots = (await db.dots.where('sessionId').equals(row.sessionId).toArray()).filter(
      (d) => d.participantId === participantId,
    );
    const lost = new Map<string, number>();
    for (const dot of dots) {
      lost.set(dot.cardId, dot.count);
      await w.delete('dots', dot.id);
    }
    const cards = await db.cards.where('sessionId').equals(row.sessionId).toArray();
    for (const card of cards) {
      const minus = lost.get(card.id) ?? 0;
      if (card.participantId !== participantId && minus === 0) continue;
      const next = { ...card, updatedAt: at, votes: Math.max(0, (card.votes ?? 0) - minus) };
      if (card.participantId === participantId) next.participantId = null;
      await w.put('cards', card.id, next);
    }
    await w.delete('participants', participantId);
    await touch(db, row.sessionId, at);
  },
});
