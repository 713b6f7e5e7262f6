import { BUILT_IN_TEMPLATES } from '#shared/stages/builtInTemplates';
import { totalDurationMs } from '#shared/stages/defaultPlan';
import { formatSpan } from '#shared/stages/schedule';
import type { PlanTemplateId } from '#shared/stages/types';

import { usePlanTemplates } from '../useStageData';

/** "Stage plan" choice in the New session form: the default plan or one of the saved templates. */
export function PlanTemplatePicker({
  value,
  onChange,
}: {
  value: PlanTemplateId | null;
  onChange(id: PlanTemplateId | null): void;
}) {
  const templates = usePlanTemplates() ?? [];
  return (
    <label className="field">
      <span className="field-label">Stage plan</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? (e.target.value as PlanTemplateId) : null)}
      >
        <option value="">Default plan (7 stages, 2:00)</option>
        {BUILT_IN_TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {`${t.name} (template)`}
          </option>
        ))}
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {`${t.name} (${t.stages.length} stages, ${formatSpan(totalDurationMs(t.stages))})`}
          </option>
        ))}
      </select>
    </label>
  );
}
