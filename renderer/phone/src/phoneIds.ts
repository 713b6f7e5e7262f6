/**
 * An id made on the phone for each point. crypto.randomUUID exists only on secure origins, and
 * the room is plain HTTP on the local network, so the id comes from getRandomValues instead.
 */
export function newClientId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let text = '';
  for (const b of bytes) text += b.toString(16).padStart(2, '0');
  return `${prefix}-${text}`;
}
