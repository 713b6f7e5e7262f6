import { useEffect } from 'react';

import { useUndoRedo } from '../commands/useCommands';
import { AgreementScreen } from '../features/agreement/AgreementScreen';
import { CompareScreen } from '../features/agreement/CompareScreen';
import { BoardScreen } from '../features/board/BoardScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { DatabaseConnectionNotice } from '../features/recovery/DatabaseConnectionNotice';
// — recovery imports —
import { RestoreScreen } from '../features/recovery/RestoreScreen';
import { useSnapshotSchedule } from '../features/recovery/useSnapshotSchedule';
import { requestFacilitationCommand } from '../features/stages/keyboard/facilitationCommands';
// — guided facilitation —
import { PlanEditorScreen } from '../features/stages/plan/PlanEditorScreen';
import { parley } from '../platform/bridge';
import { isTextEntry } from '../ui/isTextEntry';
import { NoticeBar } from '../ui/NoticeBar';
import { useUiStore } from '../ui/uiStore';
import { ErrorBoundary } from './ErrorBoundary';
import { navigate, useHashRoute, type Route } from './useHashRoute';

/** One screen per route; each feature adds its own cases. */
function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'session':
      return <BoardScreen key={route.sessionId} sessionId={route.sessionId} />;

    // — guided facilitation screens —
    case 'stage-plan':
      return <PlanEditorScreen key={route.sessionId} sessionId={route.sessionId} />;

    // — presenter screens —

    // — agreement screens —
    case 'agreement':
      return <AgreementScreen key={route.sessionId} sessionId={route.sessionId} />;
    case 'agreement-compare':
      return (
        <CompareScreen
          key={`${route.sessionId}-${route.from}-${route.to}`}
          sessionId={route.sessionId}
          from={route.from}
          to={route.to}
        />
      );

    // — recovery screens —
    case 'restore':
      return <RestoreScreen />;

    default:
      return <HomeScreen creating={route.name === 'new-session'} />;
  }
}

export function FacilitatorApp() {
  const route = useHashRoute();
  const { undo, redo } = useUndoRedo();
  const showNotice = useUiStore((s) => s.showNotice);
  // — recovery: rolling snapshots while the facilitator window is open —
  useSnapshotSchedule();

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
      <RouteScreen route={route} />
      <NoticeBar />
      {/* — recovery: another window upgraded the database — */}
      <DatabaseConnectionNotice />
    </ErrorBoundary>
  );
}
