import type { AgreementState, AgreementVersion } from '#shared/agreement/model';
import type { AgreementReview } from '#shared/agreement/reviewTypes';
import { upgradeAgreementState, upgradeAgreementVersion } from '#shared/agreement/upgrade';
import type { SessionId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';

/** The session's draft: `undefined` while loading, `null` when none has been started. */
export function useAgreement(sessionId: SessionId): AgreementState | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const row = await db.agreements.get(sessionId);
    return row ? upgradeAgreementState(row) : null;
  }, [db, sessionId]);
}

/** Saved versions, oldest first. */
export function useAgreementVersions(sessionId: SessionId): AgreementVersion[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      db.agreementVersions
        .where('[sessionId+number]')
        .between([sessionId, -Infinity], [sessionId, Infinity])
        .toArray()
        .then((rows) => rows.map(upgradeAgreementVersion)),
    [db, sessionId],
  );
}

/** Every card of the session, for offering additions and quoting source cards. */
export function useSessionCards(sessionId: SessionId): Card[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => db.cards.where('sessionId').equals(sessionId).toArray(),
    [db, sessionId],
  );
}

/** The session's reviews after the day, oldest first. */
export function useAgreementReviews(sessionId: SessionId): AgreementReview[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () =>
      (await db.agreementReviews.where('sessionId').equals(sessionId).toArray()).sort(
        (a, b) => a.startedAt - b.startedAt,
      ),
    [db, sessionId],
  );
}
