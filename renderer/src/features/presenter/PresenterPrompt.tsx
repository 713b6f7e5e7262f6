import { useRef } from 'react';
import { LANE_IDS, LANES } from '../../../../shared/domain/lanes';
import { ScreenText } from './ScreenText';
import { BLOCK_FIT_STEPS, useFitText } from './useFit';

/**
 * "Current prompt": the question in front of the room. Until a stage plan exists for the session,
 * that is the proposition itself, with the three lenses it is examined through.
 */
export function PresenterPrompt({ proposition, scale }: { proposition: string; scale: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, BLOCK_FIT_STEPS, [proposition, scale]);
  return (
    <section aria-label="Current prompt" className="present-prompt">
      <div ref={ref} className="present-prompt-body">
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
      </div>
    </section>
  );
}
