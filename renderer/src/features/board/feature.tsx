import type { RouteScreens } from '../../ui/useHashRoute';
import type { BoardPart } from './boardParts';
import { BoardScreen } from './BoardScreen';
import { BoardToolbar, ParticipantsButton } from './BoardToolbar';

const screens: RouteScreens = {
  session: (route) => <BoardScreen key={route.sessionId} sessionId={route.sessionId} />,
};

/** The board's own toolbar is one part among the others, so the app's list sets their order. */
const boardPart: BoardPart = { toolbar: BoardToolbar, toolbarMore: ParticipantsButton };

/** What the board adds to the app: its screen, and its own toolbar. */
export const boardFeature = { screens, boardPart };
