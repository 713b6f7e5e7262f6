// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildSession, createTestApp, type TestApp } from '#fixtures/builders';
import { AppServicesContext } from '#renderer/commands/AppServices';
import type * as liveQueries from '#renderer/db/useLiveQuery';
import { useLiveQuery } from '#renderer/db/useLiveQuery';
import { CardMeta } from '#renderer/features/board/CardMeta';
import type { CardId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';

// The real hook, counted: how many live queries the card line subscribes.
vi.mock('#renderer/db/useLiveQuery', async (importOriginal) => {
  const real = await importOriginal<typeof liveQueries>();
  return { ...real, useLiveQuery: vi.fn(real.useLiveQuery) };
});

let app: TestApp;
let cards: Card[];

beforeEach(async () => {
  vi.mocked(useLiveQuery).mockClear();
  app = createTestApp();
  ({ cards } = await buildSession(app, { cards: 2 }));
});
afterEach(cleanup);

function renderMeta(card: Card) {
  return render(
    <AppServicesContext.Provider value={app}>
      <ul>
        <li>
          <CardMeta card={card} />
        </li>
      </ul>
    </AppServicesContext.Provider>,
  );
}

describe('the line under a card', () => {
  it('reads nothing for a card that draws on no other: no live query per card in view', () => {
    const { container } = renderMeta(cards[0]!);
    expect(container.querySelector('.card-meta')).toBeNull();
    expect(useLiveQuery).not.toHaveBeenCalled();
  });

  it('reads the cards a conclusion draws on, live, and links to each', async () => {
    const [source] = cards;
    const conclusion: Card = {
      ...cards[1]!,
      id: 'conclusion-1' as CardId,
      lane: 'conclusions',
      drawsOn: [source!.id],
    };
    renderMeta(conclusion);
    expect(
      await screen.findByRole('button', { name: `Go to linked card: ${source!.text}` }),
    ).toBeTruthy();
    expect(useLiveQuery).toHaveBeenCalled();
  });
});
