// Consent rounds: open one on a clause or the whole draft, take stances (from the scribe, or from
// a phone through the room), reveal the spread. Same draft row, same undo, as every other change.
import * as Consent from '#shared/agreement/consent';
import type { ConsentScaleId, ConsentTarget } from '#shared/agreement/consentTypes';
import { AgreementRuleError } from '#shared/agreement/rules';
import { newId } from '#shared/domain/ids';

import { draftCommand, type S } from './draftCommand';

export const openConsentRound = draftCommand<S & { target: ConsentTarget; scale: ConsentScaleId }>(
  'agreement.openConsentRound',
  'Check consent',
  (s, i, at) => Consent.openConsentRound(s, newId(), i.target, i.scale, at),
);

/** The scribe records a stance for a party, noting who spoke for it. */
export const recordStance = draftCommand<S & { roundId: string } & Consent.StanceInput>(
  'agreement.recordStance',
  'Record stance',
  (s, i, at) => Consent.recordStance(s, i.roundId, i, at),
);

/**
 * A stance sent from a participant’s phone (docs/agreement.md). The room knows the phone's participant;
 * their party in the draft is the one named as the participant's party. Sending again replaces
 * the earlier stance, so a retried message is harmless.
 */
export const recordStanceFromRoom = draftCommand<
  S & { roundId: string; participantId: string; value: number; reason?: string }
>('agreement.recordStanceFromRoom', 'Stance from the room', async (s, i, at, { db }) => {
  const person = await db.participants.get(i.participantId as never);
  if (!person || person.sessionId !== i.sessionId)
    throw new AgreementRuleError('That phone is not one of this session’s participants.');
  const party = s.parties.find(
    (p) => p.name.trim().toLowerCase() === person.party.trim().toLowerCase(),
  );
  if (!party)
    throw new AgreementRuleError(
      `${person.name} is not down for a party of this agreement; the scribe can enter the stance.`,
    );
  return Consent.recordStance(
    s,
    i.roundId,
    {
      partyId: party.id,
      speaker: person.name,
      participantId: person.id,
      value: i.value,
      reason: i.reason ?? '',
      source: 'phone',
    },
    at,
  );
});

export const revealConsentRound = draftCommand<S & { roundId: string }>(
  'agreement.revealConsentRound',
  'Reveal',
  (s, i, at) => Consent.revealRound(s, i.roundId, at),
);
