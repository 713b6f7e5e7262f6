import { buildAgreementDocument } from '#shared/agreement/document';
import { lastReviewedAt, nextReviewDate } from '#shared/agreement/reviewDates';
import { buildReviewDocument } from '#shared/agreement/reviewDocument';
import { upgradeAgreementState, upgradeAgreementVersion } from '#shared/agreement/upgrade';
import { LANE_IDS, LANES } from '#shared/domain/lanes';
import { agreementPartFromDocument } from '#shared/export/adapters/fromAgreement';
import { reviewPartFromDocument } from '#shared/export/adapters/fromReview';
import { privateNotes, stagePlanRows } from '#shared/export/adapters/fromStages';
import type { Attribution, SessionData } from '#shared/export/writeUp';
import { balanceOf } from '#shared/synthesis/balance';
import { voicesInAgreement } from '#shared/synthesis/voicesInAgreement';

import type { ParleyDb } from '../../db/database';

/**
 * The optional parts of a write-up, one loader per feature that owns the data. Each fills its
 * fields of SessionData from its own tables; an absent part leaves its section out.
 */
export type SessionDataPart = (db: ParleyDb, data: SessionData) => Promise<void>;

/** Guided facilitation's tables: the stage plan (planned vs actual) and the private notes. */
const stagesPart: SessionDataPart = async (db, data) => {
  const [plan, notes] = await Promise.all([
    db.stagePlans.get(data.session.id),
    db.stageNotes.where('sessionId').equals(data.session.id).toArray(),
  ]);
  if (plan) data.stagePlan = stagePlanRows(plan);
  const written = privateNotes(plan, notes);
  if (written.length) data.privateNotes = written;
};

/** The agreement draft. */
const agreementPart: SessionDataPart = async (db, data) => {
  const row = await db.agreements.get(data.session.id);
  const state = row && upgradeAgreementState(row);
  if (!state || (state.clauses.length === 0 && state.parties.length === 0)) return;
  const cardTexts = Object.fromEntries(data.cards.map((c) => [c.id, c.text]));
  const proposition =
    data.propositions.find((p) => p.id === data.session.activePropositionId)?.text ?? '';
  data.agreement = agreementPartFromDocument(
    buildAgreementDocument(state, { title: 'Agreement draft', proposition, cardTexts }),
  );
};

/** After the day: the next review date, and each review against the version it reviewed. */
const reviewsPart: SessionDataPart = async (db, data) => {
  const part = data.agreement;
  const row = await db.agreements.get(data.session.id);
  if (!part || !row) return;
  const [versions, reviews] = await Promise.all([
    db.agreementVersions.where('sessionId').equals(data.session.id).toArray(),
    db.agreementReviews.where('sessionId').equals(data.session.id).toArray(),
  ]);
  const byId = new Map(versions.map((v) => [v.id, upgradeAgreementVersion(v)]));
  const next = nextReviewDate(upgradeAgreementState(row), lastReviewedAt(reviews));
  if (next) part.nextReview = next;
  const documents = reviews
    .sort((a, b) => a.startedAt - b.startedAt)
    .flatMap((r) => {
      const agreed = byId.get(r.versionId);
      if (!agreed) return [];
      const outcome = r.outcomeVersionId ? (byId.get(r.outcomeVersionId) ?? null) : null;
      return [reviewPartFromDocument(buildReviewDocument(r, agreed, outcome))];
    });
  if (documents.length) part.reviews = documents;
};

/** The board's organisation: who raised each card, votes, surprising conclusions, named groups. */
const boardPart: SessionDataPart = async (db, data) => {
  const [participants, groups] = await Promise.all([
    db.participants.where('sessionId').equals(data.session.id).toArray(),
    db.groups.where('sessionId').equals(data.session.id).toArray(),
  ]);
  const who = new Map(participants.map((p) => [p.id as string, { name: p.name, party: p.party }]));
  const attributions: Record<string, Attribution> = {};
  const votes: Record<string, number> = {};
  const surprising: string[] = [];
  for (const card of data.cards) {
    const name = card.participantId ? who.get(card.participantId) : undefined;
    if (name) attributions[card.id] = name;
    if (card.votes) votes[card.id] = card.votes;
    if (card.surprising) surprising.push(card.id);
  }
  if (Object.keys(attributions).length) data.attributions = attributions;
  if (participants.length) data.participantNames = participants.map((p) => p.name);
  if (Object.keys(votes).length) data.votes = votes;
  if (surprising.length) data.surprising = surprising;
  if (groups.length) {
    const ordered = [...groups].sort(
      (a, b) => LANE_IDS.indexOf(a.lane) - LANE_IDS.indexOf(b.lane) || a.createdAt - b.createdAt,
    );
    const inGroup = (id: string) =>
      data.cards
        .filter((c) => c.groupId === id)
        .sort((a, b) => a.order - b.order)
        .map((c) => c.id as string);
    data.groups = ordered.map((g) => ({
      name: `${LANES[g.lane].label}: ${g.name}`,
      cardIds: inGroup(g.id),
    }));
  }
};

/** Who spoke: points, dots, objections and stances per party and lens (docs/synthesis.md). */
const voicesPart: SessionDataPart = async (db, data) => {
  const [participants, dots, row] = await Promise.all([
    db.participants.where('sessionId').equals(data.session.id).toArray(),
    db.dots.where('sessionId').equals(data.session.id).toArray(),
    db.agreements.get(data.session.id),
  ]);
  const state = row && upgradeAgreementState(row);
  data.balance = balanceOf({
    cards: data.cards,
    // Parties in the order their people were listed, as the Participants dialog shows them.
    participants: participants.sort((a, b) => a.order - b.order),
    dots,
    ...voicesInAgreement(state ?? null),
  });
};

export const SESSION_DATA_PARTS: readonly SessionDataPart[] = [
  boardPart,
  stagesPart,
  agreementPart,
  reviewsPart,
  voicesPart,
];
