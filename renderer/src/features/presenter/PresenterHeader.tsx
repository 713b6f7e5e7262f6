import { useRef } from 'react';
import { ScreenText } from './ScreenText';
import { BLOCK_FIT_STEPS, useFitText } from './useFit';

/** Session title and the proposition, always on screen so a latecomer knows what is being discussed. */
export function PresenterHeader({ title, proposition, scale, showProposition }: { title: string; proposition: string; scale: number; showProposition: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, BLOCK_FIT_STEPS, [title, proposition, scale, showProposition]);
  return (
    <header className="present-header">
      <div ref={ref} className="present-heading">
        <h1 className="present-title">
          <ScreenText text={title} />
        </h1>
        {showProposition && (
          <p className="present-proposition">
            <ScreenText text={proposition} />
          </p>
        )}
      </div>
      {/* — stage and timer (guided facilitation) — */}
    </header>
  );
}
