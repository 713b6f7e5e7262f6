// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { BOARD_PARTS, FEATURES, HOME_PARTS, SCREENS, WINDOW_PARTS } from '#renderer/app/features';
import { AgreementButton } from '#renderer/features/agreement/AgreementButton';
import { ReviewsDuePanel } from '#renderer/features/agreement/ReviewsDuePanel';
import { BoardToolbar, ParticipantsButton } from '#renderer/features/board/BoardToolbar';
import { AwayDayPackButton, ExportToolbar } from '#renderer/features/export/ExportToolbar';
import { ImportButton } from '#renderer/features/export/ImportButton';
import { PresenterPanel } from '#renderer/features/presenter/PresenterPanel';
import { PresenterToolbar } from '#renderer/features/presenter/PresenterToolbar';
import { SpotlightButton } from '#renderer/features/presenter/SpotlightButton';
import { RecoveryWatch } from '#renderer/features/recovery/RecoveryWatch';
import { RestoreButton } from '#renderer/features/recovery/RestoreButton';
import { RoomButton } from '#renderer/features/room/RoomButton';
import { RoomHost } from '#renderer/features/room/RoomHost';
import { RoomPanel } from '#renderer/features/room/RoomPanel';
import { ExampleSessionButton } from '#renderer/features/stages/ExampleSessionButton';
import { StagePanel } from '#renderer/features/stages/StagePanel';
import { StageToolbar } from '#renderer/features/stages/StageToolbar';
import { useCurrentLane } from '#renderer/features/stages/useStageData';
import { BalancePanel } from '#renderer/features/synthesis/BalancePanel';
import { ROUTE_NAMES } from '#renderer/ui/useHashRoute';

// The features register what they add to the facilitator's window (app/features.ts lists them
// once); these are the places the board, home and the window used to hard-wire.
describe('feature registration', () => {
  it('gives every route of the facilitator window exactly one screen', () => {
    const owners = new Map<string, number>();
    for (const feature of FEATURES)
      for (const name of Object.keys(feature.screens ?? {}))
        owners.set(name, (owners.get(name) ?? 0) + 1);
    // 'present' is the room view's own shell (app/PresenterApp.tsx), not a facilitator screen.
    const facilitatorRoutes = ROUTE_NAMES.filter((name) => name !== 'present');
    expect([...owners.keys()].sort()).toEqual([...facilitatorRoutes].sort());
    expect([...owners.values()].every((count) => count === 1)).toBe(true);
    expect([...SCREENS.keys()].sort()).toEqual([...facilitatorRoutes].sort());
  });

  it('puts the board toolbar, panels and card actions in the order the board always had', () => {
    expect(BOARD_PARTS.toolbar).toEqual([
      BoardToolbar,
      PresenterToolbar,
      AgreementButton,
      ExportToolbar,
      RoomButton,
    ]);
    // Folded under More tools on a laptop, inline on a wide screen (docs/architecture.md).
    expect(BOARD_PARTS.toolbarMore).toEqual([StageToolbar, ParticipantsButton, AwayDayPackButton]);
    expect(BOARD_PARTS.panelsAbove).toEqual([RoomPanel, BalancePanel]);
    expect(BOARD_PARTS.panelsBefore).toEqual([StagePanel]);
    expect(BOARD_PARTS.panelsAfter).toEqual([PresenterPanel]);
    expect(BOARD_PARTS.cardActions).toEqual([SpotlightButton]);
    expect(BOARD_PARTS.useCurrentLane).toBe(useCurrentLane);
  });

  it('puts home’s actions and the window parts in their places', () => {
    expect(HOME_PARTS.actions).toEqual([ExampleSessionButton, ImportButton, RestoreButton]);
    expect(HOME_PARTS.panels).toEqual([ReviewsDuePanel]);
    expect(WINDOW_PARTS).toEqual([RecoveryWatch, RoomHost]);
  });
});
