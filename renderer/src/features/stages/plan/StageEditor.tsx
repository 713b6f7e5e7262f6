import { useState } from 'react';

import { FieldError } from '#renderer/ui/FieldError';
import { isLaneId, LANE_IDS, LANES } from '#shared/domain/lanes';
import type { PlanEdit } from '#shared/stages/planEdits';
import { PROMPT_LIBRARY } from '#shared/stages/prompts';
import { MINUTE_MS, type Stage } from '#shared/stages/types';

import { RoomModeControl } from '../../room';
import { useSyncedField } from './useSyncedField';

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

/**
 * One stage in the plan editor. Fields save when the facilitator leaves them (Tab or click away);
 * a refused value stays in the field with the reason beside it.
 */
export function StageEditor({ stage, index, count, isCurrent, apply, autoFocus }: Props) {
  const [title, setTitle] = useSyncedField(stage.title);
  const [minutes, setMinutes] = useSyncedField(String(stage.durationMs / MINUTE_MS));
  const [purpose, setPurpose] = useSyncedField(stage.purpose);
  const [prompts, setPrompts] = useSyncedField(stage.prompts.join('\n'));
  const [error, setError] = useState<string | null>(null);
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
              value={title}
              autoFocus={autoFocus}
              onFocus={(e) => autoFocus && e.target.select()}
              onChange={(e) => setTitle(e.target.value)}
              onBlur={() =>
                title !== stage.title && void commit({ type: 'rename', stageId: stage.id, title })
              }
            />
          </label>
          <label className="field plan-minutes">
            <span className="field-label">Minutes</span>
            <input
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              onBlur={() =>
                Number(minutes) * MINUTE_MS !== stage.durationMs &&
                void commit({
                  type: 'setMinutes',
                  stageId: stage.id,
                  minutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
                })
              }
            />
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
          <input
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            onBlur={() =>
              purpose !== stage.purpose &&
              void commit({ type: 'setPurpose', stageId: stage.id, purpose })
            }
          />
        </label>
        <label className="field">
          <span className="field-label">Prompts, one per line</span>
          <textarea
            rows={Math.max(3, stage.prompts.length + 1)}
            value={prompts}
            onChange={(e) => setPrompts(e.target.value)}
            onBlur={() =>
              prompts !== stage.prompts.join('\n') &&
              void commit({ type: 'setPrompts', stageId: stage.id, prompts: prompts.split('\n') })
            }
          />
        </label>
        {unused.length > 0 && (
          <label className="field plan-library">
            <span className="field-label">Add a prompt from the library</span>
            <select
              value=""
              onChange={(e) => {
                if (!e.target.value) return;
                const next = [...stage.prompts, e.target.value];
                setPrompts(next.join('\n'));
                void commit({ type: 'setPrompts', stageId: stage.id, prompts: next });
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
        <FieldError message={error} />
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
