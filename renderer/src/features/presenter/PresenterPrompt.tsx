import { useRef } from 'react';

import { LANE_IDS, LANES } from '#shared/domain/lanes';

import { ScreenText } from './ScreenText';
import { BLOCK_FIT_STEPS, useFitText } from './useFit';
import type { RoomStage } from './useRoomStage';

/**
 * "Current prompt": the question in front of the room — the current stage's title, purpose and
 * prompts. A session without a stage plan shows the proposition and the three lenses instead.
 */
export function PresenterPrompt({
  proposition,
  room,
  scale,
}: {
  proposition: string;
  room: RoomStage | null;
  scale: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, BLOCK_FIT_STEPS, [proposition, room?.stage, scale]);
  return (
    <section
      aria-label="Current prompt"
      className={`present-prompt${room?.stage.lane ? ` lane-${room.stage.lane}` : ''}`}
    >
      <div ref={ref} className="present-prompt-body">
        {room ? (
          <>
            <p className="present-kicker">
              <ScreenText text={`Stage ${room.number} of ${room.count}`} />
            </p>
            <h2 className="present-prompt-text">
              <ScreenText text={room.stage.title} />
            </h2>
            {room.stage.purpose && (
              <p className="present-prompt-purpose">
                <ScreenText text={room.stage.purpose} />
              </p>
            )}
            {room.stage.prompts.length > 0 && (
              <ul className="present-prompt-list" aria-label="Prompts">
                {room.stage.prompts.map((prompt, i) => (
                  <li key={i} className="present-prompt-item">
                    <span className="present-prompt-bullet" aria-hidden="true" />
                    <ScreenText text={prompt} />
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <p className="present-kicker">
              <ScreenText text="The proposition" />
            </p>
            <p className="present-prompt-text">
              <ScreenText text={proposition} />
            </p>
            <ul className="present-prompt-list" aria-label="Lenses">
              {LANE_IDS.filter((lane) => LANES[lane].isLens).map((lane) => (
                <li key={lane} className={`present-prompt-item lane-${lane}`}>
                  <span className="lane-icon" aria-hidden="true" />
                  <span>
                    <strong>
                      <ScreenText text={LANES[lane].label} />
                    </strong>{' '}
                    <ScreenText text={LANES[lane].question} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
