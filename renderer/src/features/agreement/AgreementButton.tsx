import type { SessionId } from '#shared/domain/ids';

import { navigate } from '../../ui/useHashRoute';

/** The board toolbar's way into the session's agreement draft (automation contract: "Agreement"). */
export function AgreementButton({ sessionId }: { sessionId: SessionId }) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => navigate({ name: 'agreement', sessionId })}
    >
      Agreement
    </button>
  );
}
