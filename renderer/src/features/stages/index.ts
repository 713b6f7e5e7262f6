// Guided facilitation's public face: other features and the app import only what is here.
export { stagesFeature } from './feature';
export { requestFacilitationCommand } from './keyboard/facilitationCommands';
export { PlanTemplatePicker } from './plan/PlanTemplatePicker';
export { editPlan } from './commands/planCommands';
