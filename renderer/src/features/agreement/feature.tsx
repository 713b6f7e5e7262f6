import type { RouteScreens } from '../../ui/useHashRoute';
import type { BoardPart } from '../board';
import type { HomePart } from '../home';
import { AgreementButton } from './AgreementButton';
import { AgreementScreen } from './AgreementScreen';
import { CompareScreen } from './CompareScreen';
import { ReviewScreen } from './ReviewScreen';
import { ReviewsDuePanel } from './ReviewsDuePanel';

const screens: RouteScreens = {
  agreement: (route) => <AgreementScreen key={route.sessionId} sessionId={route.sessionId} />,
  'agreement-review': (route) => (
    <ReviewScreen
      key={`${route.sessionId}-${route.reviewId}`}
      sessionId={route.sessionId}
      reviewId={route.reviewId}
    />
  ),
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
const homePart: HomePart = { panel: ReviewsDuePanel };

/** What the agreement adds: its screens (draft, compare, review), the board's button, home's reviews due. */
export const agreementFeature = { screens, boardPart, homePart };
