import { RecoveryWatch } from './RecoveryWatch';
import { RestoreButton } from './RestoreButton';
import { RestoreScreen } from './RestoreScreen';

/** What recovery adds to the app: the Restore screen, its home button, the snapshot watch. */
export const recoveryFeature = {
  screens: { restore: () => <RestoreScreen /> },
  homePart: { action: RestoreButton },
  windowPart: RecoveryWatch,
};
