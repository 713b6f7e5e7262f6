// The recovery feature's public face: nothing outside the feature imports anything else of it.
export { recoveryFeature } from './feature';
