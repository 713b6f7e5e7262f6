import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppServicesContext } from './app/AppContext';
import { FacilitatorApp } from './app/FacilitatorApp';
import { PresenterApp } from './app/PresenterApp';
import { parseRoute } from './app/useHashRoute';
import { CommandRunner } from './commands/commandRunner';
import { appDb } from './db/openDatabase';
import './styles/app.css';

const db = appDb();
const services = { db, commands: new CommandRunner(db) };

// Ask the browser not to evict our data under storage pressure (ARCHITECTURE §9).
void navigator.storage?.persist?.().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppServicesContext.Provider value={services}>
      {/* The room view is its own shell, chosen once by the route the window was opened on. */}
      {parseRoute(window.location.hash).name === 'present' ? <PresenterApp /> : <FacilitatorApp />}
    </AppServicesContext.Provider>
  </StrictMode>,
);
