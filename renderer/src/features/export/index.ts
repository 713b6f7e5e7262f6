// Export's public face: other features and the app import only what is here.
export { exportFeature } from './feature';
export { CalendarButton } from './CalendarButton';
