/**
 * A read that failed, kept apart from an empty result: "could not read your sessions" and "you have
 * no sessions" call for opposite actions, and the second must never be shown for the first
 * (docs/architecture.md, "Security and reliability": never an empty board over existing data).
 */
export interface ReadFailure {
  readonly failed: true;
  readonly message: string;
}

export type ReadResult<T> = T | ReadFailure;

export function isReadFailure(value: unknown): value is ReadFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { failed?: unknown }).failed === true &&
    'message' in value
  );
}

/** Runs a live-query body, turning a thrown read error into a ReadFailure the screen can show. */
export async function readOrFailure<T>(read: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return await read();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { failed: true, message: detail };
  }
}
