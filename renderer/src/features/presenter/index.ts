// The room view's public face: other features and the app import only what is here.
export { presenterFeature } from './feature';
export { PresenterErrorBoundary } from './PresenterErrorBoundary';
export { PresenterScreen } from './PresenterScreen';
export { usePresenterKeys } from './usePresenterKeys';
export { presenterCommands } from './keys';
