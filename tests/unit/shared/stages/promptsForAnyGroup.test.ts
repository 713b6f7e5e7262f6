import { describe, expect, it } from 'vitest';

import { DEFAULT_VOTE_BUDGET } from '#shared/board/types';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '#shared/stages/builtInTemplates';
import { defaultStages } from '#shared/stages/defaultPlan';
import { PROMPT_LIBRARY } from '#shared/stages/prompts';

const everyPrompt = Object.values(PROMPT_LIBRARY).flat();

describe('the default plan and prompt library speak to any group (444ba54 assumed a public service)', () => {
  it('say “the proposal”, “those affected” and “who decides”, never the origin’s public-sector words', () => {
    const text = everyPrompt.join('\n');
    expect(text).toMatch(/the proposal/);
    expect(text).toMatch(/those affected/);
    expect(text).toMatch(/who decides|those who decide/i);
    expect(text).not.toMatch(/the state|public body|the service|residents|citizens/i);
    const plan = defaultStages()
      .map((s) => `${s.purpose}\n${s.prompts.join('\n')}`)
      .join('\n');
    expect(plan).not.toMatch(/the state|public body|the service|residents|citizens/i);
  });

  it('word the dot prompt for the dot budget', () => {
    const dots = PROMPT_LIBRARY.prioritise.find((p) => /dot/.test(p))!;
    expect(dots).toContain(`${DEFAULT_VOTE_BUDGET} dots`);
  });

  it('keep the origin’s public-services wording as a template in the template list', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.name)).toContain(
      'Public services: from social security to social productivity',
    );
    const stages = builtInTemplate('builtin:public-services')!.stages();
    expect(stages.find((s) => s.kind === 'frame')!.prompts).toContain(
      'Who is "the state" here, and who are the people on the other side of it?',
    );
  });

  it('capture definitions in the Frame stage, and put the Negotiate stage on the clauses rather than a lane', () => {
    const stages = defaultStages();
    expect(stages.find((s) => s.kind === 'frame')).toMatchObject({ captureKind: 'definition' });
    expect(stages.find((s) => s.kind === 'negotiate')).toMatchObject({ lane: null });
    expect(stages.find((s) => s.kind === 'negotiate')!.purpose).toMatch(/clause by clause/);
  });
});
