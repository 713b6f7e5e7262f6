import { BoardCommandsContext } from '../commands/userCommand';
import { BoardPartsContext } from '../features/board';
import { HomePartsContext } from '../features/home';
import { NoticeBar } from '../ui/NoticeBar';
import { useHashRoute, type Route } from '../ui/useHashRoute';
import { WorkProgressBar } from '../ui/WorkProgressBar';
import { BOARD_COMMANDS } from './commandRegistry';
import { ErrorBoundary } from './ErrorBoundary';
import { BOARD_PARTS, HOME_PARTS, SCREENS, WINDOW_PARTS } from './features';
import { useAppCommands } from './useAppCommands';

/** One screen per route, drawn by the feature that registered it; anything else is home. */
function RouteScreen({ route }: { route: Route }) {
  const screen = SCREENS.get(route.name) ?? SCREENS.get('home');
  return screen?.(route);
}

export function FacilitatorApp() {
  const route = useHashRoute();
  useAppCommands();

  return (
    <ErrorBoundary>
      <BoardPartsContext.Provider value={BOARD_PARTS}>
        <HomePartsContext.Provider value={HOME_PARTS}>
          <BoardCommandsContext.Provider value={BOARD_COMMANDS}>
            <RouteScreen route={route} />
          </BoardCommandsContext.Provider>
        </HomePartsContext.Provider>
      </BoardPartsContext.Provider>
      <WorkProgressBar />
      <NoticeBar />
      {WINDOW_PARTS.map((WindowPart, i) => (
        <WindowPart key={i} />
      ))}
    </ErrorBoundary>
  );
}
