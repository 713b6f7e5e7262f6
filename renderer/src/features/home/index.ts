// Home's public face: other features and the app import only what is here.
export { homeFeature } from './feature';
export { gatherHomeParts, HomePartsContext, type HomePart } from './homeParts';
