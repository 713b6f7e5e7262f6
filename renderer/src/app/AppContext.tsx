import { createContext, useContext } from 'react';

import type { CommandRunner } from '../commands/commandRunner';
import type { ParleyDb } from '../db/database';

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
