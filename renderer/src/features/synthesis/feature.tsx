import type { RouteScreens } from '../../ui/useHashRoute';
import type { BoardPart } from '../board';
import { BalancePanel } from './BalancePanel';
import { SynthesisScreen } from './SynthesisScreen';

const screens: RouteScreens = {
  synthesis: (route) => <SynthesisScreen key={route.workshopId} workshopId={route.workshopId} />,
};

/** The facilitator's private balance-of-voices panel, with practicability scoring, on the board. */
const boardPart: BoardPart = { panelAbove: BalancePanel };

/** What the synthesis adds to the app: an away day's synthesis screen and the board's panel. */
export const synthesisFeature = { screens, boardPart };
