import type { BoardPart } from '../board';
import { PresenterPanel } from './PresenterPanel';
import { PresenterToolbar } from './PresenterToolbar';
import { SpotlightButton } from './SpotlightButton';

const boardPart: BoardPart = {
  toolbar: PresenterToolbar,
  panelAfter: PresenterPanel,
  cardAction: SpotlightButton,
};

/**
 * What the room view adds to the facilitator's board: its toolbar, the live preview beside the
 * lanes, and each card's Spotlight. (The room view itself is its own shell, app/PresenterApp.)
 */
export const presenterFeature = { boardPart };
