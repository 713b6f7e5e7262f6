import { createContext, useContext } from 'react';

import type { ParleyDb } from '../db/database';
import type { CommandRunner } from './commandRunner';

export interface AppServices {
  db: ParleyDb;
  commands: CommandRunner;
}

export const AppServicesContext = createContext<AppServices | null>(null);

/** The window's database and command runner, provided once at the root (tests pass their own). */
export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useServices must be used inside <AppServicesContext.Provider>');
  return services;
}
