import type { BoardPart } from '../board';
import { AwayDayPackButton, ExportToolbar } from './ExportToolbar';
import { ImportButton } from './ImportButton';

const boardPart: BoardPart = { toolbar: ExportToolbar, toolbarMore: AwayDayPackButton };

/** What export adds to the app: the board's export menu and home's Import. */
export const exportFeature = { boardPart, homePart: { action: ImportButton } };
