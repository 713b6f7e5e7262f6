import type { Dexie } from 'dexie';

/**
 * Every schema version Parley has shipped. A shipped version is never edited: a change adds
 * version(n+1) with an upgrade() and a test that starts from rows in the old shape
 * (tests/unit/renderer/db/migrations.test.ts).
 */
export function declareSchema(db: Dexie): void {
  // v1 — the walking skeleton.
  db.version(1).stores({
    workshops: 'id, updatedAt',
    sessions: 'id, workshopId, updatedAt',
    propositions: 'id, sessionId',
    // [propositionId+lane+order] serves "the cards of one lane of one proposition, in order" straight from the index.
    cards: 'id, sessionId, [propositionId+lane+order]',
    settings: 'key',
  });

  // v2 — the first release's feature tables (stages, board organisation, presenter, agreement,
  // recovery). Each feature keeps its own block.
  db.version(2).stores({
    // — guided facilitation (stages, timers, notes, templates) —
    stagePlans: 'sessionId',
    stageTimers: 'sessionId',
    stageNotes: 'id, sessionId',
    planTemplates: 'id, updatedAt',

    // — board at scale (groups, participants, votes, links) —
    groups: 'id, sessionId, [propositionId+lane]',
    participants: 'id, sessionId',
    dots: 'id, sessionId, cardId, [participantId+propositionId]',

    // — presenter —
    // One row per session: what the projected screen shows (written by the facilitator's commands).
    presenterState: 'sessionId',

    // — agreement —
    // One row per session holding the whole draft (shared/agreement/model.ts), so every command's
    // undo entry is the draft before and after; versions are frozen copies, numbered per session.
    agreements: 'sessionId',
    agreementVersions: 'id, [sessionId+number]',

    // — recovery (snapshots) —
    // Rolling snapshots of every other table; `takenAt` orders the Restore list and the pruning.
    snapshots: 'id, takenAt',
  });
}
