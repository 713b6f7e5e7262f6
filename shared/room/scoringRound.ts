/**
 * A practicability scoring round on the phones (docs/room.md): opened by the facilitator over the
 * practicability points of the proposition on the board, closed when they say so. The points
 * listed follow the board while it is open, as a phone vote's cards do.
 */
export interface ScoringRound {
  id: string;
  sessionId: string;
  propositionId: string;
  openedAt: number;
  /** Null while the round is open. */
  closedAt: number | null;
}
