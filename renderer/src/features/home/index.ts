// Home's public face: other features and the app import only what is here.
export { homeFeature } from './feature';
export { gatherHomeActions, HomeActionsContext, type HomePart } from './homeParts';
