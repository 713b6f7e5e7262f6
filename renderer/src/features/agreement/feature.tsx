import type { RouteScreens } from '../../ui/useHashRoute';
import type { BoardPart } from '../board';
import { AgreementButton } from './AgreementButton';
import { AgreementScreen } from './AgreementScreen';
import { CompareScreen } from './CompareScreen';

const screens: RouteScreens = {
  agreement: (route) => <AgreementScreen key={route.sessionId} sessionId={route.sessionId} />,
  'agreement-compare': (route) => (
    <CompareScreen
      key={`${route.sessionId}-${route.from}-${route.to}`}
      sessionId={route.sessionId}
      from={route.from}
      to={route.to}
    />
  ),
};

const boardPart: BoardPart = { toolbar: AgreementButton };

/** What the agreement adds to the app: its screen, the compare screen, and the board's button. */
export const agreementFeature = { screens, boardPart };
