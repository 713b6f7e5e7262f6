/**
 * A phone acts in the room as a voice of its own — for its dots and its stances — never listed
 * with the session's participants (docs/room.md).
 */
export function roomVoice(phoneId: string): string {
  return `room:${phoneId}`;
}
