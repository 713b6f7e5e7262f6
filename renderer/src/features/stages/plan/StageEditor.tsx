import { useState } from 'react';

import { FieldError } from '#renderer/ui/FieldError';
import { useAutosavedField, type AutosaveStatus } from '#renderer/ui/useAutosavedField';
import { isLaneId, LANE_IDS, LANES } from '#shared/domain/lanes';
import type { PlanEdit } from '#shared/stages/planEdits';
import { PROMPT_LIBRARY } from '#shared/stages/prompts';
import { MINUTE_MS, type Stage } from '#shared/stages/types';

import { RoomModeControl } from '../../room';

interface Props {
  stage: Stage;
  index: number;
  count: number;
  isCurrent: boolean;
  apply(edit: PlanEdit): Promise<string | null>;
  autoFocus?: boolean;
}

/** All the library's prompts for a stage kind; a custom stage may borrow from any lens. */
function libraryFor(stage: Stage): readonly string[] {
  return stage.kind === 'custom'
    ? Object.values(PROMPT_LIBRARY).flat()
    : PROMPT_LIBRARY[stage.kind];
}

/** What the stage's status line says: a refusal first, then saving, then saved. */
function overall(statuses: readonly AutosaveStatus[]): AutosaveStatus {
  for (const tone of ['error', 'pending', 'saved'] as const) {
    const found = statuses.find((s) => s?.tone === tone);
    if (found) return found;
  }
  return null;
}

/**
 * One stage in the plan editor. Its fields save as the facilitator types, like the private
 * notes (docs/architecture.md: everything is saved as you type); a refused value stays in the
 * field with the reason beside it.
 */
export function StageEditor({ stage, index, count, isCurrent, apply, autoFocus }: Props) {
  const [error, setError] = useState<string | null>(null);
  const id = stage.id;
  const title = useAutosavedField(stage.title, (t) =>
    apply({ type: 'rename', stageId: id, title: t }),
  );
  const minutes = useAutosavedField(String(stage.durationMs / MINUTE_MS), (m) =>
    apply({ type: 'setMinutes', stageId: id, minutes: m.trim() === '' ? Number.NaN : Number(m) }),
  );
  const purpose = useAutosavedField(stage.purpose, (p) =>
    apply({ type: 'setPurpose', stageId: id, purpose: p }),
  );
  const prompts = useAutosavedField(stage.prompts.join('\n'), (p) =>
    apply({ type: 'setPrompts', stageId: id, prompts: p.split('\n') }),
  );
  const status = overall([title.status, minutes.status, purpose.status, prompts.status]);
  const unused = libraryFor(stage).filter((p) => !stage.prompts.includes(p));
  const name = `Stage ${index + 1}`;

  async function commit(edit: PlanEdit) {
    setError(await apply(edit));
  }

  return (
    <li className={`plan-stage ${isCurrent ? 'plan-stage-current' : ''}`}>
      <fieldset aria-label={`${name}: ${stage.title}`}>
        <legend>
          {name}
          {isCurrent && <span className="plan-now"> · the room is here</span>}
        </legend>
        <div className="plan-row">
          <label className="field plan-title">
            <span className="field-label">Title</span>
            <input
              {...title.field}
              autoFocus={autoFocus}
              onFocus={(e) => {
                title.field.onFocus();
                if (autoFocus) e.target.select();
              }}
            />
          </label>
          <label className="field plan-minutes">
            <span className="field-label">Minutes</span>
            <input type="number" min={1} max={240} {...minutes.field} />
          </label>
          <label className="field plan-lane">
            <span className="field-label">Captures into</span>
            <select
              value={stage.lane ?? ''}
              onChange={(e) =>
                void commit({
                  type: 'setLane',
                  stageId: stage.id,
                  lane: isLaneId(e.target.value) ? e.target.value : null,
                })
              }
            >
              <option value="">No lane</option>
              {LANE_IDS.map((lane) => (
                <option key={lane} value={lane}>
                  {LANES[lane].label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {/* — the room: how phones' points reach the board on this stage — */}
        <RoomModeControl
          stage={stage}
          onChange={(room) => void commit({ type: 'setRoom', stageId: stage.id, room })}
        />
        <label className="field">
          <span className="field-label">Purpose</span>
          <input {...purpose.field} />
        </label>
        <label className="field">
          <span className="field-label">Prompts, one per line</span>
          <textarea rows={Math.max(3, stage.prompts.length + 1)} {...prompts.field} />
        </label>
        {unused.length > 0 && (
          <label className="field plan-library">
            <span className="field-label">Add a prompt from the library</span>
            <select
              value=""
              onChange={(e) => {
                if (!e.target.value) return;
                prompts.saveNow([...stage.prompts, e.target.value].join('\n'));
              }}
            >
              <option value="">Choose a prompt…</option>
              {unused.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
        <FieldError message={status?.tone === 'error' ? status.message : error} />
        <p className="hint plan-saved" role="status">
          {status?.tone === 'error' ? '' : (status?.message ?? '')}
        </p>
        <div className="plan-actions">
          <button
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => void commit({ type: 'move', stageId: stage.id, to: index - 1 })}
            aria-label={`Move ${stage.title} up`}
          >
            ↑ Up
          </button>
          <button
            type="button"
            className="button"
            disabled={index === count - 1}
            onClick={() => void commit({ type: 'move', stageId: stage.id, to: index + 1 })}
            aria-label={`Move ${stage.title} down`}
          >
            ↓ Down
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={count === 1}
            onClick={() => void commit({ type: 'remove', stageId: stage.id })}
            aria-label={`Remove ${stage.title}`}
          >
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}
