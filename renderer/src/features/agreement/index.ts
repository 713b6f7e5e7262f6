// The agreement's public face: other features and the app import only what is here.
export { AgreementSummary } from './AgreementSummary';
export { agreementFeature } from './feature';
export { recordStanceFromRoom } from './commands/consentCommands';
