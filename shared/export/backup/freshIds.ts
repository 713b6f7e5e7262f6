import { voteBudgetKey } from '../../board/types';
import type { SessionId } from '../../domain/ids';
import type { BackupTables } from './schema';

type Tables = BackupTables;
type Agreement = Tables['agreements'][number];

/** The tables whose rows get an id of their own; every other id follows from these. */
const ENTITY_TABLES = [
  'sessions',
  'propositions',
  'cards',
  'groups',
  'participants',
  'agreementVersions',
  'agreementReviews',
  'roomPoints',
  'scoringRounds',
] as const;

const CARD_KEY = /^card:(.+)$/;

/**
 * Gives every row of a validated backup a fresh id and rewrites each reference to it — field by
 * field, as the format names them (references.ts), so user text is never touched however much
 * it looks like an id. Workshops and plan templates keep theirs (an import only adds missing
 * ones). Used by Keep both, and whenever an id of the file is already taken on this computer.
 */
export function withFreshIds(tables: Tables, newId: () => string): Tables {
  const ids = new Map<string, string>();
  for (const name of ENTITY_TABLES) for (const row of tables[name] ?? []) ids.set(row.id, newId());
  const id = (old: string) => ids.get(old) ?? old;
  const maybe = <T extends string | null | undefined>(old: T): T =>
    (typeof old === 'string' ? id(old) : old) as T;
  const cardKey = (key: string) => {
    const card = CARD_KEY.exec(key)?.[1];
    return card && ids.has(card) ? `card:${id(card)}` : key;
  };
  const agreement = (a: Agreement): Agreement => ({
    ...a,
    sessionId: id(a.sessionId),
    mandateNotes: a.mandateNotes.map((n) => ({
      ...n,
      sourceCardIds: n.sourceCardIds.map(id),
      sourceKey: n.sourceKey === null ? null : cardKey(n.sourceKey),
    })),
    clauses: a.clauses.map((c) => ({
      ...c,
      sourceCardIds: c.sourceCardIds.map(id),
      sourceKey: c.sourceKey === null ? null : cardKey(c.sourceKey),
    })),
    ...(a.definitions
      ? {
          definitions: a.definitions.map((d) => ({
            ...d,
            sourceCardIds: d.sourceCardIds.map(id),
            sourceKey: d.sourceKey === null ? null : cardKey(d.sourceKey),
          })),
        }
      : {}),
    ...(a.consentRounds
      ? {
          consentRounds: a.consentRounds.map((r) => ({
            ...r,
            stances: r.stances.map((s) => ({ ...s, participantId: maybe(s.participantId) })),
          })),
        }
      : {}),
    declinedKeys: a.declinedKeys.map(cardKey),
  });
  return {
    ...tables,
    sessions: tables.sessions.map((s) => ({
      ...s,
      id: id(s.id),
      activePropositionId: id(s.activePropositionId),
    })),
    propositions: tables.propositions.map((p) => ({
      ...p,
      id: id(p.id),
      sessionId: id(p.sessionId),
    })),
    cards: tables.cards.map((c) => ({
      ...c,
      id: id(c.id),
      sessionId: id(c.sessionId),
      propositionId: id(c.propositionId),
      groupId: maybe(c.groupId),
      participantId: maybe(c.participantId),
      ...(c.drawsOn ? { drawsOn: c.drawsOn.map(id) } : {}),
    })),
    groups: tables.groups.map((g) => ({
      ...g,
      id: id(g.id),
      sessionId: id(g.sessionId),
      propositionId: id(g.propositionId),
    })),
    participants: tables.participants.map((p) => ({
      ...p,
      id: id(p.id),
      sessionId: id(p.sessionId),
    })),
    dots: tables.dots.map((d) => ({
      ...d,
      id: `${id(d.cardId)}|${id(d.participantId)}`,
      sessionId: id(d.sessionId),
      propositionId: id(d.propositionId),
      cardId: id(d.cardId),
      participantId: id(d.participantId),
    })),
    settings: tables.settings.map((s) => {
      const session = s.key.slice(s.key.lastIndexOf('.') + 1);
      return { ...s, key: voteBudgetKey(id(session) as SessionId) };
    }),
    stagePlans: tables.stagePlans.map((p) => ({ ...p, sessionId: id(p.sessionId) })),
    stageTimers: tables.stageTimers.map((t) => ({ ...t, sessionId: id(t.sessionId) })),
    stageNotes: tables.stageNotes.map((n) => ({
      ...n,
      id: `${id(n.sessionId)}:${n.stageId}`,
      sessionId: id(n.sessionId),
    })),
    presenterState: tables.presenterState.map((p) => ({
      ...p,
      sessionId: id(p.sessionId),
      spotlightCardId: maybe(p.spotlightCardId),
    })),
    // A copied point keeps its phone and stage (stage ids are the plan's own, kept as they are).
    roomPoints: (tables.roomPoints ?? []).map((p) => ({
      ...p,
      id: id(p.id),
      sessionId: id(p.sessionId),
      propositionId: id(p.propositionId),
      cardId: maybe(p.cardId),
    })),
    ...(tables.scoringRounds
      ? {
          scoringRounds: tables.scoringRounds.map((r) => ({
            ...r,
            id: id(r.id),
            sessionId: id(r.sessionId),
            propositionId: id(r.propositionId),
          })),
        }
      : {}),
    ...(tables.practicabilityScores
      ? {
          practicabilityScores: tables.practicabilityScores.map((r) => ({
            ...r,
            id: `${id(r.cardId)}|${r.voterId}`,
            sessionId: id(r.sessionId),
            propositionId: id(r.propositionId),
            cardId: id(r.cardId),
          })),
        }
      : {}),
    agreements: tables.agreements.map(agreement),
    agreementVersions: tables.agreementVersions.map((v) => ({
      ...v,
      id: id(v.id),
      sessionId: id(v.sessionId),
      state: agreement(v.state),
    })),
    // Entries are keyed by clause ids, which belong to the draft and are never renumbered.
    ...(tables.agreementReviews
      ? {
          agreementReviews: tables.agreementReviews.map((r) => ({
            ...r,
            id: id(r.id),
            sessionId: id(r.sessionId),
            versionId: id(r.versionId),
            outcomeVersionId: maybe(r.outcomeVersionId),
          })),
        }
      : {}),
  };
}
