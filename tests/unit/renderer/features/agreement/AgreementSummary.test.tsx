// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { buildSession, createTestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import { addCard } from '#renderer/commands/cardCommands';
import { AgreementSummary } from '#renderer/features/agreement/AgreementSummary';
import {
  contestClause,
  generateAgreementDraft,
  setClauseStatus,
} from '#renderer/features/agreement/commands/agreementCommands';
import { sectionClauses } from '#shared/agreement/model';

afterEach(cleanup);

describe('the presenter’s agreement summary', () => {
  it('shows the live draft read-only: numbered clauses with status, no controls, withdrawn clauses left out', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app, { title: 'Group B' });
    for (const text of [
      'The library stays open 6 days a week',
      'Outcomes are negotiated',
      'A shared aim we dropped',
    ])
      await app.commands.run(addCard, { sessionId: session.id, lane: 'conclusions', text });
    const draft = await app.commands.run(generateAgreementDraft, { sessionId: session.id });
    const [negotiated, dropped] = sectionClauses(draft, 'objectives');
    await app.commands.run(contestClause, {
      sessionId: session.id,
      clauseId: negotiated!.id,
      partyId: draft.parties[1]!.id,
      reason: 'Too vague',
    });
    await app.commands.run(setClauseStatus, {
      sessionId: session.id,
      clauseId: dropped!.id,
      status: 'withdrawn',
    });

    render(
      <AppServicesContext.Provider value={app}>
        <AgreementSummary sessionId={session.id} />
      </AppServicesContext.Provider>,
    );
    expect(await screen.findByRole('heading', { name: 'Agreement draft — Group B' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Jointly agreed objectives' }).textContent).toContain(
      '2.1Outcomes are negotiatedContested',
    );
    expect(screen.getByRole('region', { name: 'Commitments of each party' }).textContent).toContain(
      'Those who decide: The library stays open 6 days a week',
    );
    expect(screen.queryByText('A shared aim we dropped')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('says so when no draft has been started', async () => {
    const app = createTestApp();
    const { session } = await buildSession(app);
    render(
      <AppServicesContext.Provider value={app}>
        <AgreementSummary sessionId={session.id} />
      </AppServicesContext.Provider>,
    );
    expect(await screen.findByText('The agreement draft has not been started yet.')).toBeTruthy();
  });
});
