import type { RouteScreens } from '../../ui/useHashRoute';
import type { BoardPart } from '../board';
import { ExampleSessionButton } from './ExampleSessionButton';
import { PlanEditorScreen } from './plan/PlanEditorScreen';
import { StagePanel } from './StagePanel';
import { StageToolbar } from './StageToolbar';
import { useCaptureKind, useCurrentLane } from './useStageData';

const screens: RouteScreens = {
  'stage-plan': (route) => <PlanEditorScreen key={route.sessionId} sessionId={route.sessionId} />,
};

const boardPart: BoardPart = {
  toolbarMore: StageToolbar,
  panelBefore: StagePanel,
  useCurrentLane,
  useCaptureKind,
};

/**
 * What guided facilitation adds to the app: the plan editor, the stage toolbar and panel on the
 * board (whose current lane the board highlights), and home's example session.
 */
export const stagesFeature = { screens, boardPart, homePart: { action: ExampleSessionButton } };
