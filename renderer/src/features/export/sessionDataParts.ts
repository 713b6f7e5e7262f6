import { buildAgreementDocument } from '../../../../shared/agreement/document';
import { agreementPartFromDocument } from '../../../../shared/export/adapters/fromAgreement';
import { privateNotes, stagePlanRows } from '../../../../shared/export/adapters/fromStages';
import type { SessionData } from '../../../../shared/export/writeUp';
import type { ParleyDb } from '../../db/database';

/**
 * The optional parts of a write-up, one loader per feature that owns the data. Each fills its
 * fields of SessionData from its own tables; an absent part leaves its section out.
 */
export type SessionDataPart = (db: ParleyDb, data: SessionData) => Promise<void>;

// — guided facilitation: stage plan (planned vs actual) and the private notes —
const stagesPart: SessionDataPart = async (db, data) => {
  const [plan, notes] = await Promise.all([db.stagePlans.get(data.session.id), db.stageNotes.where('sessionId').equals(data.session.id).toArray()]);
  if (plan) data.stagePlan = stagePlanRows(plan);
  const written = privateNotes(plan, notes);
  if (written.length) data.privateNotes = written;
};

// — agreement draft —
const agreementPart: SessionDataPart = async (db, data) => {
  const state = await db.agreements.get(data.session.id);
  if (!state || (state.clauses.length === 0 && state.parties.length === 0)) return;
  const cardTexts = Object.fromEntries(data.cards.map((c) => [c.id, c.text]));
  const proposition = data.propositions.find((p) => p.id === data.session.activePropositionId)?.text ?? '';
  data.agreement = agreementPartFromDocument(buildAgreementDocument(state, { title: 'Agreement draft', proposition, cardTexts }));
};

export const SESSION_DATA_PARTS: readonly SessionDataPart[] = [stagesPart, agreementPart];
