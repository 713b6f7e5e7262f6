import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { FacilitatorApp } from './app/FacilitatorApp';
import { PresenterApp } from './app/PresenterApp';
import { AppServicesContext } from './commands/AppServices';
import { CommandRunner, HISTORY_CHANNEL_NAME } from './commands/commandRunner';
import { appDb } from './db/openDatabase';
import { parseRoute } from './ui/useHashRoute';

import './styles/app.css';

startApp();

function startApp() {
  const db = appDb();
  // Every window hears when another one imports or restores, and forgets its own undo history.
  const history =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(HISTORY_CHANNEL_NAME);
  const services = { db, commands: new CommandRunner(db, Date.now, history) };

  // Ask the browser not to evict our data under storage pressure (docs/architecture.md,
  // "Security and reliability").
  void navigator.storage?.persist?.().catch(() => undefined);

  // The room view is its own app shell, chosen by the route the window opened on; a
  // hash change that crosses between the two shells loads the page again to pick the other one.
  const isPresenterRoute = () => parseRoute(window.location.hash).name === 'present';
  const startedAsPresenter = isPresenterRoute();
  window.addEventListener('hashchange', () => {
    if (isPresenterRoute() !== startedAsPresenter) window.location.reload();
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <AppServicesContext.Provider value={services}>
        {startedAsPresenter ? <PresenterApp /> : <FacilitatorApp />}
      </AppServicesContext.Provider>
    </StrictMode>,
  );
}
