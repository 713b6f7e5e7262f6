import type { ParleyDb } from '#renderer/db/database';
import type { SessionId } from '#shared/domain/ids';

import { parley } from '../../platform/bridge';
import { scoringForPhone } from './commands/roomScoreCommands';

/** Tells one phone the open round with its own scores (after it joins, or after it scores). */
export async function sendScoringTo(
  db: ParleyDb,
  sessionId: SessionId,
  phoneId: string,
): Promise<void> {
  const open = await scoringForPhone(db, sessionId, phoneId);
  await parley.sendToRoom({ type: 'scoring', phoneId, open });
}
