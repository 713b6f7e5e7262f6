/** Between the board (printSandbox.ts) and its print frame (printFrameScript.ts). */
export type PrintFrameMessage =
  { type: 'ready' } | { type: 'job'; html: string } | { type: 'printing' } | { type: 'printed' };

export function isPrintFrameMessage(data: unknown): data is PrintFrameMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type: unknown }).type === 'string'
  );
}
