import type { RouteScreens } from '../../ui/useHashRoute';
import { HomeScreen } from './HomeScreen';

const screens: RouteScreens = {
  home: () => <HomeScreen creating={false} />,
  'new-session': () => <HomeScreen creating />,
};

/** What home adds to the app: the sessions list, and the new-session form over it. */
export const homeFeature = { screens };
