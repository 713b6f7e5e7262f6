// Synthesis's public face: other features and the app import only what is here.
export { synthesisFeature } from './feature';
// The room view's practicability chart (presenter mode "Practicability chart").
export { PracticabilityGlance } from './PracticabilityGlance';
