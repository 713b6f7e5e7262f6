import type { ParleyDb } from '#renderer/db/database';
import { roundForPhone, roundOnPhones } from '#shared/agreement/consent';
import { upgradeAgreementState } from '#shared/agreement/upgrade';
import type { SessionId } from '#shared/domain/ids';
import type { ConsentOpen } from '#shared/room/protocol';
import { roomVoice } from '#shared/room/roomVoice';

import { parley } from '../../platform/bridge';

/**
 * The consent round the phones are asked about (the last one opened that takes stances), as a
 * phone may see it: the wording, the scale, the parties — and, for one phone, its own stance and
 * nobody else's (docs/room.md). Null when no round is open.
 */
export async function consentForPhone(
  db: ParleyDb,
  sessionId: SessionId,
  phoneId: string | null,
): Promise<ConsentOpen | null> {
  const row = await db.agreements.get(sessionId);
  if (!row) return null;
  const state = upgradeAgreementState(row);
  const round = roundOnPhones(state);
  if (!round) return null;
  return roundForPhone(state, round.id, phoneId === null ? null : roomVoice(phoneId));
}

/** Tells one phone the open round with its own stance (after it joins, or after its stance). */
export async function sendConsentTo(
  db: ParleyDb,
  sessionId: SessionId,
  phoneId: string,
): Promise<void> {
  const open = await consentForPhone(db, sessionId, phoneId);
  await parley.sendToRoom({ type: 'consent', phoneId, open });
}
