// Guided facilitation's public face: other features and the app import only what is here.
export { stagesFeature } from './feature';
export { stageCommands } from './keys';
export { PlanTemplatePicker } from './plan/PlanTemplatePicker';
export { editPlan } from './commands/planCommands';
export { ReviewPlanButton } from './ReviewPlanButton';
