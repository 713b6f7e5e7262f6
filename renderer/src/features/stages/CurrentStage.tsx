import { useId } from 'react';

import { LANES } from '#shared/domain/lanes';
import type { Stage } from '#shared/stages/types';

/** The region the room's attention hangs on: which stage, why, and the questions to answer. */
export function CurrentStage({
  stage,
  index,
  count,
  compact = false,
}: {
  stage: Stage;
  index: number;
  count: number;
  /**
   * The laptop strip: which stage and its title, then the purpose and prompts on one line (all of
   * it on hover, and whole to a screen reader) — the room's questions are never out of sight.
   */
  compact?: boolean;
}) {
  const headingId = useId();
  return (
    <section
      className={`current-stage ${stage.lane ? `stage-lane-${stage.lane}` : ''}`}
      aria-label="Current stage"
    >
      <p className="current-stage-step">
        Stage {index + 1} of {count}
        {compact ? '' : ` · ${Math.round(stage.durationMs / 60_000)} min`}
        {stage.lane && LANES[stage.lane].isLens && <span className="current-stage-lens">Lens</span>}
      </p>
      <h2 id={headingId} className="current-stage-title">
        {stage.title}
      </h2>
      {compact ? (
        <div
          className="current-stage-guidance"
          title={[stage.purpose, ...stage.prompts].filter(Boolean).join('\n')}
        >
          <StageGuidance stage={stage} />
        </div>
      ) : (
        <StageGuidance stage={stage} />
      )}
    </section>
  );
}

function StageGuidance({ stage }: { stage: Stage }) {
  return (
    <>
      {stage.purpose && <p className="current-stage-purpose">{stage.purpose}</p>}
      {stage.prompts.length > 0 ? (
        <ul className="current-stage-prompts" aria-label="Prompts">
          {stage.prompts.map((prompt, i) => (
            <li key={i}>{prompt}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">No prompts for this stage. Add some in the plan editor (E).</p>
      )}
    </>
  );
}
