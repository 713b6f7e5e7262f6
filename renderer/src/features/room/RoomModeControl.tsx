import { useId } from 'react';

import { ROOM_MODE_LABELS, ROOM_MODES, type RoomMode } from '#shared/room/protocol';
import { stageRoom, type StageRoom } from '#shared/room/stageRoom';
import type { Stage } from '#shared/stages/types';

/**
 * A stage's room mode and anonymity (docs/room.md). The caller saves the change as a plan edit,
 * so it is undoable like any other: live on the board for the current stage, and in the plan
 * editor for every stage.
 */
export function RoomModeControl({
  stage,
  onChange,
}: {
  stage: Stage;
  onChange(room: StageRoom): void;
}) {
  const id = useId();
  const room = stageRoom(stage);
  return (
    <div className="room-mode">
      <label htmlFor={`${id}-mode`}>Room mode</label>
      <select
        id={`${id}-mode`}
        value={room.mode}
        onChange={(e) => onChange({ ...room, mode: e.target.value as RoomMode })}
      >
        {ROOM_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {ROOM_MODE_LABELS[mode]}
          </option>
        ))}
      </select>
      <label className="room-anonymous">
        <input
          type="checkbox"
          checked={room.anonymous}
          onChange={(e) => onChange({ ...room, anonymous: e.target.checked })}
        />
        Anonymous
      </label>
    </div>
  );
}
