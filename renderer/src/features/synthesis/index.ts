// Synthesis's public face: other features and the app import only what is here.
export { synthesisFeature } from './feature';
