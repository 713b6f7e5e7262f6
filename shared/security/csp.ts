// One content security policy for every page we serve: the app:// protocol in Electron sends it
// as a header, and the build writes it into index.html as a meta tag for browser mode.
// script-src 'self' means no inline script and no eval: user text can never become code.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * The Electron origin; never change it — IndexedDB data is bound to it (docs/architecture.md,
 * "Data flow").
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
