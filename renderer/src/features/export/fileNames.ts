/** A file name from a user's title: no path separators or characters Windows refuses, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Parley export'}.${extension}`;
}
