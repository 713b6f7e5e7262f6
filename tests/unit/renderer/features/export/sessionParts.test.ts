import { describe, expect, it } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { addCard } from '#renderer/commands/cardCommands';
import { importBackup } from '#renderer/features/export/commands/importBackup';
import { loadSessionData } from '#renderer/features/export/loadSessionData';
import { generateDraft } from '#shared/agreement/generate';
import { writeUpDocument } from '#shared/export/layout';
import { toMarkdown } from '#shared/export/toMarkdown';
import { buildWriteUp } from '#shared/export/writeUp';
import { defaultStages } from '#shared/stages/defaultPlan';
import { stageNoteId, type StageId } from '#shared/stages/types';

import { backupText, parseOk } from './backupSupport';

let n = 0;
const ids = () => `id-${++n}`;

async function sessionWithStagesAndAgreement(app: TestApp) {
  const { session } = await buildSession(app, { title: 'Group B' });
  await app.commands.run(addCard, {
    sessionId: session.id,
    lane: 'conclusions',
    text: 'The council will open the hall three evenings a week',
  });
  await app.commands.run(addCard, {
    sessionId: session.id,
    lane: 'accountability',
    text: 'The clerk reports to the forum on opening hours',
  });
  const cards = await app.db.cards.where('sessionId').equals(session.id).toArray();
  await app.db.agreements.put(generateDraft(session.id, null, cards, { at: 1, newId: ids }));
  let stageN = 0;
  const stages = defaultStages(() => `stage-${++stageN}` as StageId);
  const t0 = Date.UTC(2026, 10, 28, 9);
  await app.db.stagePlans.put({
    sessionId: session.id,
    stages,
    currentStageId: stages[1]!.id,
    runStartedAt: t0,
    actualStarts: { [stages[0]!.id]: t0, [stages[1]!.id]: t0 + 18 * 60_000 },
    updatedAt: t0,
  });
  await app.db.stageNotes.put({
    id: stageNoteId(session.id, stages[0]!.id),
    sessionId: session.id,
    stageId: stages[0]!.id,
    text: 'Ben is quiet — invite him in.',
    updatedAt: t0,
  });
  return { session, stages };
}

describe('the write-up carries what other features recorded', () => {
  it('renders the agreement draft with numbered clauses, assent state and source cards', async () => {
    const app = createTestApp();
    const { session } = await sessionWithStagesAndAgreement(app);
    const data = (await loadSessionData(app.db, session.id))!;
    const md = toMarkdown(
      writeUpDocument(
        buildWriteUp(data, { anonymise: false, includePrivateNotes: false, generatedAt: 0 }),
      ),
    );
    expect(md).toContain('## Agreement draft');
    expect(md).toMatch(/\*\*\d\.1\*\* The council will open the hall three evenings a week/);
    expect(md).toContain('Not every party has assented to this draft yet.');
    expect(md).toContain('### Appendix: where each clause came from');
    expect(md).toMatch(/\| \d\.1 \| The council will open the hall three evenings a week \|/);
  });

  it('shows the stage plan as planned against actual, and private notes only when asked', async () => {
    const app = createTestApp();
    const { session, stages } = await sessionWithStagesAndAgreement(app);
    const data = (await loadSessionData(app.db, session.id))!;
    const md = (notes: boolean) =>
      toMarkdown(
        writeUpDocument(
          buildWriteUp(data, { anonymise: false, includePrivateNotes: notes, generatedAt: 0 }),
        ),
      );
    expect(md(false)).toContain(
      `| ${stages[0]!.title} | ${Math.round(stages[0]!.durationMs / 60_000)} min | 18 min |`,
    );
    expect(md(false)).toContain(`| ${stages[1]!.title} |`);
    expect(md(false)).not.toContain('invite him in');
    expect(md(true)).toContain('Ben is quiet — invite him in.');
  });

  it('keeps a copy’s stage notes and agreement attached to the copy when both are kept', async () => {
    const app = createTestApp();
    const { session, stages } = await sessionWithStagesAndAgreement(app);
    const outcome = await app.commands.run(importBackup, {
      backup: parseOk(app, await backupText(app, session.id)),
      onConflict: 'keep-both',
    });
    const copy = outcome.sessionIds[0]!;
    expect(await app.db.stageNotes.get(stageNoteId(copy, stages[0]!.id))).toMatchObject({
      sessionId: copy,
      text: 'Ben is quiet — invite him in.',
    });
    expect(await app.db.stagePlans.get(copy)).toMatchObject({ sessionId: copy });
    const copied = (await app.db.agreements.get(copy))!;
    const copyCards = new Set(
      (await app.db.cards.where('sessionId').equals(copy).toArray()).map((c) => c.id as string),
    );
    expect(copied.clauses.length).toBeGreaterThan(0);
    expect(copied.clauses.every((c) => c.sourceCardIds.every((id) => copyCards.has(id)))).toBe(
      true,
    );
    // The original is untouched.
    expect(await app.db.stageNotes.get(stageNoteId(session.id, stages[0]!.id))).toMatchObject({
      sessionId: session.id,
    });
  });

  it('attributes points, counts votes, marks surprises and lists named groups from the board', async () => {
    const app = createTestApp();
    const { session, cards } = await buildSession(app, {
      cards: 3,
      lanes: ['legitimacy', 'conclusions', 'conclusions'],
    });
    const participant = {
      id: 'p-ana' as never,
      sessionId: session.id,
      name: 'Ana Ruiz',
      party: 'Residents',
      order: 0,
      createdAt: 0,
    };
    await app.db.participants.put(participant);
    await app.db.groups.put({
      id: 'g-1' as never,
      sessionId: session.id,
      propositionId: session.activePropositionId,
      lane: 'conclusions',
      name: 'Asked, not told',
      collapsed: false,
      createdAt: 0,
    });
    await app.db.cards.update(cards[0]!.id, { participantId: 'p-ana', votes: 3 });
    await app.db.cards.update(cards[1]!.id, { surprising: true, groupId: 'g-1' });
    await app.db.cards.update(cards[2]!.id, { groupId: 'g-1' });
    await app.db.dots.put({
      id: `${cards[0]!.id}|p-ana`,
      sessionId: session.id,
      propositionId: session.activePropositionId,
      cardId: cards[0]!.id,
      participantId: 'p-ana' as never,
      count: 3,
    });
    const data = (await loadSessionData(app.db, session.id))!;
    const md = (anonymise: boolean) =>
      toMarkdown(
        writeUpDocument(
          buildWriteUp(data, { anonymise, includePrivateNotes: false, generatedAt: 0 }),
        ),
      );
    expect(md(false)).toContain('- Point 1 _(Ana Ruiz, Residents · 3 votes)_');
    expect(md(false)).toContain('- **Surprising:** Point 2');
    expect(md(false)).toContain('### Conclusions: Asked, not told\n\n- Point 2\n- Point 3');
    expect(md(true)).toContain('- Point 1 _(Participant A, Residents · 3 votes)_');
    // A name typed into a card goes too, under the same label.
    expect(data.participantNames).toEqual(['Ana Ruiz']);
    data.cards[1]!.text = 'Ana thinks so';
    expect(md(true)).toContain('Participant A thinks so');

    const outcome = await app.commands.run(importBackup, {
      backup: parseOk(app, await backupText(app, session.id)),
      onConflict: 'keep-both',
    });
    const copy = outcome.sessionIds[0]!;
    const copyDots = await app.db.dots.where('sessionId').equals(copy).toArray();
    expect(copyDots).toHaveLength(1);
    expect(copyDots[0]!.id).toBe(`${copyDots[0]!.cardId}|${copyDots[0]!.participantId}`);
    expect(copyDots[0]!.cardId).not.toBe(cards[0]!.id);
  });
});
