// Consent rounds: open one on a clause or the whole draft, take stances (from the scribe, or from
// a phone through the room), reveal the spread. Same draft row, same undo, as every other change.
import * as Consent from '#shared/agreement/consent';
import type { ConsentScaleId, ConsentTarget } from '#shared/agreement/consentTypes';
import * as DraftObjections from '#shared/agreement/draftObjections';
import { newId } from '#shared/domain/ids';
import { roomVoice } from '#shared/room/roomVoice';

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
 * A stance sent from a phone in the room (docs/agreement.md, "Stances from phones"): for the
 * party the phone chose, spoken by the name it gave, if any. The phone is its own voice
 * (`room:<phoneId>`, as for its dots): sending again replaces its stance, so a retried message is
 * harmless. A low stance needs a reason, as on the facilitator's screen. Like a phone's point, it
 * is the room's action and stays out of the facilitator's undo history.
 */
export const recordStanceFromRoom = draftCommand<
  S & {
    roundId: string;
    phoneId: string;
    partyId: string;
    name?: string | null;
    value: number;
    reason: string;
  }
>(
  'agreement.recordStanceFromRoom',
  'Stance from the room',
  (s, i, at) =>
    Consent.recordStance(
      s,
      i.roundId,
      {
        partyId: i.partyId,
        speaker: i.name ?? '',
        participantId: roomVoice(i.phoneId),
        value: i.value,
        reason: i.reason,
        source: 'phone',
      },
      at,
    ),
  { undoable: false },
);

export const revealConsentRound = draftCommand<S & { roundId: string }>(
  'agreement.revealConsentRound',
  'Reveal',
  (s, i, at) => Consent.revealRound(s, i.roundId, at),
);

/** The party takes back its objection to the whole draft. */
export const withdrawDraftObjection = draftCommand<S & { objectionId: string }>(
  'agreement.withdrawDraftObjection',
  'Withdraw objection',
  (s, i, at) => DraftObjections.withdrawDraftObjection(s, i.objectionId, at),
);

/** The facilitator goes ahead over an objection to the whole draft, with a recorded reason. */
export const overruleDraftObjection = draftCommand<S & { objectionId: string; reason: string }>(
  'agreement.overruleDraftObjection',
  'Overrule objection',
  (s, i, at) => DraftObjections.overruleDraftObjection(s, i.objectionId, i.reason, at),
);
