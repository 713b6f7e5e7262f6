// Export's public face: other features and the app import only what is here.
export { exportFeature } from './feature';
export { CalendarButton } from './CalendarButton';
// The synthesis screen (features/synthesis) exports an away day the same way a session does.
export { ExportMenu, useExportOption, type ExportOption } from './ExportMenu';
export { runJob } from './exportClient';
export { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
export { loadSessionData } from './loadSessionData';
export { useDeliverExport } from './useDeliverExport';
