import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppServicesContext } from './app/AppContext';
import { FacilitatorApp } from './app/FacilitatorApp';
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
      <FacilitatorApp />
    </AppServicesContext.Provider>
  </StrictMode>,
);
