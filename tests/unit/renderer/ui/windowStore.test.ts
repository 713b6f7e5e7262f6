import { beforeEach, describe, expect, it } from 'vitest';

import { initialWindowState, useWindowStore } from '#renderer/ui/windowStore';
import type { ParticipantId } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';

const card = 'card-1' as CardId;

beforeEach(() => useWindowStore.getState().resetWindow());

/** Moves every field of the store away from where a new window starts. */
function changeEverything() {
  const s = useWindowStore.getState();
  s.showNotice({ tone: 'error', message: 'Not saved.' });
  s.setEditingCard(card);
  s.setFilter({ text: 'budget' });
  s.toggleSelected(card);
  s.setVoter({ mode: 'dots', participantId: 'p1' as ParticipantId });
  s.setKeyboardMove({ cardId: card, text: 'x', lane: 'questions', index: 2 });
  s.requestFocus(card, true, 'questions');
  s.setLinking(card);
  s.announce('Picked up.');
  s.setShortcutsOpen(true);
  s.setCaptureLane('conclusions');
  s.setSpotlightCardId(card);
  s.setConnection('blocked');
  s.setStagePanelOpen(true);
  s.setFocusMode(true);
  s.setProgress({ label: 'Importing rows', done: 1, total: 2 });
  s.setActionsCard('c1');
}

const fields = (state: object) =>
  Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value !== 'function'));

describe('the window store', () => {
  it('starts from initialWindowState, which names every field the slices hold', () => {
    expect(fields(useWindowStore.getState())).toEqual(initialWindowState);
  });

  it('returns every field to initialWindowState on reset', () => {
    changeEverything();
    const changed = fields(useWindowStore.getState());
    // Each field really moved, so the reset below is tested on all of them.
    for (const key of Object.keys(initialWindowState))
      expect(changed[key], key).not.toEqual((initialWindowState as Record<string, unknown>)[key]);
    useWindowStore.getState().resetWindow();
    expect(fields(useWindowStore.getState())).toEqual(initialWindowState);
  });

  it('starts another session’s board clean — the announcement too — and leaves the other features’ state', () => {
    changeEverything();
    useWindowStore.getState().resetBoardUi();
    const s = useWindowStore.getState();
    expect(s.filter).toEqual(initialWindowState.filter);
    expect(s.selected.size).toBe(0);
    expect(s.voter).toEqual({ mode: 'off' });
    expect(s.keyboardMove).toBeNull();
    expect(s.focusRequest).toBeNull();
    expect(s.linking).toBeNull();
    expect(s.announcement).toBe('');
    // Other features' state is not the board's to reset.
    expect(s.notice?.message).toBe('Not saved.');
    expect(s.shortcutsOpen).toBe(true);
  });

  it('gives each notice and each focus request a new id without a counter outside the store', () => {
    const s = useWindowStore.getState();
    s.showNotice({ tone: 'info', message: 'One' });
    const first = useWindowStore.getState().notice!.id;
    s.showNotice({ tone: 'info', message: 'Two' });
    expect(useWindowStore.getState().notice!.id).not.toBe(first);
    s.clearNotice(first);
    expect(useWindowStore.getState().notice?.message).toBe('Two');
    s.requestFocus(card);
    const request = useWindowStore.getState().focusRequest;
    s.requestFocus(card);
    expect(useWindowStore.getState().focusRequest).not.toBe(request);
    expect(useWindowStore.getState().focusRequest!.seq).not.toBe(request!.seq);
  });
});
