import { useEffect } from 'react';

import { useUndoRedo } from '../commands/useCommands';
import { BoardPartsContext } from '../features/board';
import { HomeActionsContext } from '../features/home';
import { requestFacilitationCommand } from '../features/stages';
import { parley } from '../platform/bridge';
import { isTextEntry } from '../ui/isTextEntry';
import { NoticeBar } from '../ui/NoticeBar';
import { useUiStore } from '../ui/uiStore';
import { navigate, useHashRoute, type Route } from '../ui/useHashRoute';
import { ErrorBoundary } from './ErrorBoundary';
import { BOARD_PARTS, HOME_ACTIONS, SCREENS, WINDOW_PARTS } from './features';

/** One screen per route, drawn by the feature that registered it; anything else is home. */
function RouteScreen({ route }: { route: Route }) {
  const screen = SCREENS.get(route.name) ?? SCREENS.get('home');
  return screen?.(route);
}

export function FacilitatorApp() {
  const route = useHashRoute();
  const { undo, redo } = useUndoRedo();
  const showNotice = useUiStore((s) => s.showNotice);

  // Ctrl/Cmd+Z outside a text box undoes the last board command; inside one, the box's own undo wins.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.key.toLowerCase() !== 'z' ||
        isTextEntry(event.target)
      )
        return;
      event.preventDefault();
      void (event.shiftKey ? redo() : undo());
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  useEffect(
    () =>
      parley.onMenuCommand((command) => {
        if (command === 'session.new') navigate({ name: 'new-session' });
        else if (command === 'app.home') navigate({ name: 'home' });
        else if (command === 'board.undo') void undo();
        else if (command === 'board.redo') void redo();
        else if (!requestFacilitationCommand(command))
          showNotice({
            tone: 'info',
            message: 'Open a session’s board first: that menu item works on the board.',
          });
      }),
    [undo, redo, showNotice],
  );

  return (
    <ErrorBoundary>
      <BoardPartsContext.Provider value={BOARD_PARTS}>
        <HomeActionsContext.Provider value={HOME_ACTIONS}>
          <RouteScreen route={route} />
        </HomeActionsContext.Provider>
      </BoardPartsContext.Provider>
      <NoticeBar />
      {WINDOW_PARTS.map((WindowPart, i) => (
        <WindowPart key={i} />
      ))}
    </ErrorBoundary>
  );
}
