import { isVettedExternalUrl } from './navigationGuard';

export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/**
 * The one place Parley hands a URL to the operating system (Electron checklist: do not use
 * openExternal with untrusted content). Lint forbids openExternal anywhere else.
 * Returns whether the link was opened.
 */
export function openVettedExternal(shell: ExternalOpener, url: string): boolean {
  if (!isVettedExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => undefined);
  return true;
}
