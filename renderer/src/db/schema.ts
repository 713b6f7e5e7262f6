import type { Dexie } from 'dexie';

import type { AgreementState, AgreementVersion } from '#shared/agreement/model';
import {
  upgradeAgreementState,
  upgradeAgreementVersion,
  type OldAgreementState,
} from '#shared/agreement/upgrade';
import { DEFAULT_STAGE_ROOM } from '#shared/room/stageRoom';
import { withFrameDefinitions } from '#shared/stages/frameDefinitions';
import type { PlanTemplate, Stage, StagePlan } from '#shared/stages/types';

/**
 * Every schema version Parley has shipped. A shipped version is never edited: a change adds
 * version(n+1) with an upgrade() and a test that starts from rows in the old shape
 * (tests/unit/renderer/db/migrations.test.ts). Version numbers are one sequence for the whole
 * database, so the versions stay here, in order, rather than with the features that own the tables
 * (database.ts says which feature writes which).
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
  // recovery). Shipped: never edited, whatever the features later become.
  db.version(2).stores({
    // Stages, timers, private notes, plan templates.
    stagePlans: 'sessionId',
    stageTimers: 'sessionId',
    stageNotes: 'id, sessionId',
    planTemplates: 'id, updatedAt',

    // Board organisation: groups, participants, votes.
    groups: 'id, sessionId, [propositionId+lane]',
    participants: 'id, sessionId',
    dots: 'id, sessionId, cardId, [participantId+propositionId]',

    // One row per session: what the projected screen shows (written by the facilitator's commands).
    presenterState: 'sessionId',

    // One row per session holding the whole draft (shared/agreement/model.ts), so every command's
    // undo entry is the draft before and after; versions are frozen copies, numbered per session.
    agreements: 'sessionId',
    agreementVersions: 'id, [sessionId+number]',

    // Rolling snapshots of every other table; `takenAt` orders the Restore list and the pruning.
    snapshots: 'id, takenAt',
  });

  // v3 — the room (docs/room.md): points from phones, and each stage's room mode.
  db.version(3)
    .stores({
      // The points phones sent, keyed by the id the phone made (a retry finds its row).
      roomPoints: 'id, sessionId, [sessionId+status]',
    })
    .upgrade(async (tx) => {
      // Stages stored before the room existed say so explicitly: live, with names.
      const withRoom = (stages: Stage[]) =>
        stages.map((stage) => ({ ...stage, room: stage.room ?? { ...DEFAULT_STAGE_ROOM } }));
      await tx
        .table<StagePlan>('stagePlans')
        .toCollection()
        .modify((plan) => {
          plan.stages = withRoom(plan.stages);
        });
      await tx
        .table<PlanTemplate>('planTemplates')
        .toCollection()
        .modify((template) => {
          template.stages = withRoom(template.stages);
        });
    });

  // v4 — agreement drafts gain definitions, consent rounds, open-question follow-ups and recorded
  // objection resolutions (docs/agreement.md). No index changes; the rows (live drafts and the
  // drafts frozen in versions) are brought to the new shape by one pure function.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('agreements')
        .toCollection()
        .modify((row: OldAgreementState, ref: { value: AgreementState }) => {
          ref.value = upgradeAgreementState(row);
        });
      await tx
        .table('agreementVersions')
        .toCollection()
        .modify((row: AgreementVersion, ref: { value: AgreementVersion }) => {
          ref.value = upgradeAgreementVersion(row);
        });
    });

  // v5 — review sessions after the day (docs/review.md): one row per review of an agreed version.
  // A new table only; no row of an older table changes.
  db.version(5).stores({
    agreementReviews: 'id, sessionId',
  });
  // v7 — (v5 and v6 are other features' versions.) Stage plans and templates stored before stages
  // had a `captureKind` get it for their Frame stage, which captures definitions
  // (docs/agreement.md), instead of filing them as open questions. No index changes.
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table<StagePlan>('stagePlans')
        .toCollection()
        .modify((plan) => {
          plan.stages = withFrameDefinitions(plan.stages);
        });
      await tx
        .table<PlanTemplate>('planTemplates')
        .toCollection()
        .modify((template) => {
          template.stages = withFrameDefinitions(template.stages);
        });
    });

  // v8 — practicability scores from phones (docs/room.md, docs/synthesis.md): each voice's score
  // of a card, and the scoring rounds opened on the phones. New tables only: a card scored before
  // has no rows, and its `practicability` reads as the facilitator's own score, so no row changes.
  db.version(8).stores({
    practicabilityScores: 'id, sessionId, propositionId, cardId, [voterId+propositionId]',
    scoringRounds: 'id, sessionId',
  });
}
