import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';

import { cardMatcher, isFiltering, NO_FILTER } from '#shared/board/filter';
import { buildLaneRows, type LaneRow } from '#shared/board/rows';
import type { GroupId } from '#shared/board/types';
import type { PropositionId, SessionId } from '#shared/domain/ids';
import { LANES, type LaneId } from '#shared/domain/lanes';
import type { CardKind } from '#shared/domain/types';

import { addCard } from '../../commands/cardCommands';
import { useRunCommand } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { isReadFailure } from '../../db/readOrFailure';
import { useWindowStore } from '../../ui/windowStore';
import { CardItem } from './CardItem';
import { CardTextBox } from './CardTextBox';
import { setGroupCollapsed } from './commands/groupCommands';
import { sortLaneByVotes } from './commands/moveCommands';
import { setDrawnLaneCards } from './drawnLaneCards';
import { GroupHeader } from './GroupHeader';
import { useBoardData, useLaneGroups } from './useBoardData';
import { useFollowEnd } from './useFollowEnd';
import { useLaneCards } from './useLaneCards';
import { useVirtualRows } from './useVirtualRows';

interface Props {
  sessionId: SessionId;
  propositionId: PropositionId;
  lane: LaneId;
  /** The kind the current stage gives cards typed here (e.g. definitions while framing). */
  captureKind?: CardKind | null;
  /** The current stage's lane: large in focus mode (styles/board-laptop.css). */
  current?: boolean;
}

/** Room above the first card for its actions, which sit on the card's top edge (board-scale.css). */
const LIST_PAD_TOP = 16;

type DrawnRow = LaneRow | { type: 'marker'; key: string };

/**
 * One region of the board. The add box stays at the bottom of the lane and keeps focus after
 * Enter, so a facilitator can type point after point while the room talks. The list draws only
 * the rows near the visible part (useVirtualRows); every drawn card is still a listitem.
 * Memoised: every command touches the session's "last edited", which redraws the board around
 * the lanes; that must not redraw five lanes (docs/architecture.md, "Performance budgets").
 */
export const Lane = memo(function Lane({
  sessionId,
  propositionId,
  lane,
  captureKind = null,
  current = false,
}: Props) {
  const info = LANES[lane];
  const read = useLaneCards(propositionId, lane);
  // A lane that failed to read shows why instead of "Nothing here yet" (docs/architecture.md,
  // "Security and reliability").
  const failure = isReadFailure(read) ? read : null;
  const cards = isReadFailure(read) ? undefined : read;
  const groups = useLaneGroups(propositionId, lane);
  const filter = useWindowStore((s) => s.filter);
  const setFilter = useWindowStore((s) => s.setFilter);
  const showNotice = useWindowStore((s) => s.showNotice);
  const keyboardMove = useWindowStore((s) =>
    s.keyboardMove?.lane === lane ? s.keyboardMove : null,
  );
  const focusRequest = useWindowStore((s) => s.focusRequest);
  const { participants } = useBoardData();
  const run = useRunCommand();
  const runWithNotice = useRunWithNotice();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const visible = useMemo(
    () => (cards ? cards.filter(cardMatcher(filter, participants)) : []),
    [cards, filter, participants],
  );
  const rows = useMemo(() => (groups ? buildLaneRows(visible, groups) : []), [visible, groups]);
  const drawnIds = useMemo(
    () => rows.flatMap((r) => (r.type === 'card' ? [r.card.id] : [])),
    [rows],
  );
  useEffect(() => {
    setDrawnLaneCards(lane, drawnIds);
  }, [lane, drawnIds]);

  // While a card is carried by keyboard, a marker row shows where it would land.
  const drawn: DrawnRow[] = useMemo(() => {
    if (!keyboardMove) return rows;
    const targets = drawnIds.filter((id) => id !== keyboardMove.cardId);
    const before = targets[keyboardMove.index];
    const at = before
      ? rows.findIndex((r) => r.type === 'card' && r.card.id === before)
      : rows.length;
    return [...rows.slice(0, at), { type: 'marker', key: 'kb-marker' }, ...rows.slice(at)];
  }, [rows, drawnIds, keyboardMove]);
  const keys = useMemo(() => drawn.map((r) => r.key), [drawn]);
  const win = useVirtualRows(keys, scrollRef);
  const { scrollToIndex } = win;

  // Each mounted card says its place among the lane's cards (group headers and the drop marker
  // are not cards): the lane mounts only the rows in view, so a screen reader learns "3 of 412"
  // from these, not from counting the items it can reach. Written here rather than as CardItem
  // props: a card added changes every card's "of", and redrawing each card in view for that
  // would cost every card typed several milliseconds before its frame.
  const cardPlaces = useMemo(() => {
    const places = new Map<string, number>();
    for (const row of drawn) if (row.type === 'card') places.set(row.key, places.size + 1);
    return places;
  }, [drawn]);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const of = String(cardPlaces.size);
    // By row key, which a card being edited keeps too (its item has no data-card-id meanwhile).
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li[data-row-key]')) {
      const place = cardPlaces.get(item.dataset.rowKey!);
      if (place === undefined) continue;
      if (item.getAttribute('aria-posinset') !== String(place))
        item.setAttribute('aria-posinset', String(place));
      if (item.getAttribute('aria-setsize') !== of) item.setAttribute('aria-setsize', of);
    }
  });

  const count = cards?.length ?? 0;
  const followEnd = useFollowEnd(scrollRef, count, cards?.at(-1)?.id);

  useEffect(() => {
    if (keyboardMove) scrollToIndex(keys.indexOf('kb-marker'));
  }, [keyboardMove, keys, scrollToIndex]);

  // Following a link: bring the card into view, revealing it if a filter or a collapsed group hides it.
  useEffect(() => {
    if (!focusRequest || !cards) return;
    const card = cards.find((c) => c.id === focusRequest.cardId);
    if (!card) return;
    const index = keys.indexOf(card.id);
    if (index >= 0) scrollToIndex(index);
    else if (!visible.includes(card)) setFilter(NO_FILTER);
    else if (card.groupId && groups?.get(card.groupId)?.collapsed)
      void run(setGroupCollapsed, { groupId: card.groupId as GroupId, collapsed: false });
  }, [focusRequest, cards, visible, keys, groups, scrollToIndex, setFilter, run]);

  async function sort() {
    await runWithNotice(
      sortLaneByVotes,
      { sessionId, lane },
      {
        done: (moved) =>
          moved > 0 ? `${info.label} sorted by votes.` : `${info.label} is already in vote order.`,
        offerUndo: (moved) => moved > 0,
      },
    );
  }

  const filtering = isFiltering(filter);
  return (
    <section
      aria-label={info.label}
      className={`lane lane-${lane}`}
      data-lane={lane}
      data-captures={current ? '' : undefined}
    >
      <header className="lane-header">
        <h2 className="lane-title">
          <span className="lane-icon" aria-hidden="true" />
          {info.label}
          <span
            className="lane-count"
            aria-label={filtering ? `${visible.length} of ${count} cards shown` : `${count} cards`}
          >
            {filtering ? `${visible.length} / ${count}` : count}
          </span>
        </h2>
        <div className="lane-subheader">
          <p className="lane-question">{info.question}</p>
          {count > 1 && (
            <button
              type="button"
              className="lane-sort"
              aria-label={`Sort ${info.label} by votes`}
              title="Most votes first"
              onClick={() => void sort()}
            >
              ↓ votes
            </button>
          )}
        </div>
      </header>
      {/* The scroller is a div around the list: spacer padding on a flex item would set its minimum height. */}
      <div ref={scrollRef} className="card-scroll">
        <ul
          ref={listRef}
          className="card-list"
          aria-label={`${info.label} cards`}
          style={{ paddingTop: LIST_PAD_TOP + win.padTop, paddingBottom: 10 + win.padBottom }}
        >
          {drawn.slice(win.start, win.end).map((row) => {
            if (row.type === 'marker') {
              return (
                <li
                  key={row.key}
                  data-row-key={row.key}
                  ref={win.measure}
                  role="none"
                  className="kb-drop-marker"
                  aria-hidden="true"
                >
                  Drop here
                </li>
              );
            }
            if (row.type === 'group') {
              return (
                <GroupHeader
                  key={row.key}
                  rowKey={row.key}
                  measure={win.measure}
                  group={row.group}
                  size={row.size}
                  votes={row.votes}
                  firstCardId={row.firstCardId}
                />
              );
            }
            return (
              <CardItem
                key={row.key}
                card={row.card}
                inGroup={row.groupId !== null}
                measure={win.measure}
              />
            );
          })}
        </ul>
      </div>
      {cards?.length === 0 && <p className="lane-empty">Nothing here yet.</p>}
      {count > 0 && visible.length === 0 && (
        <p className="lane-empty">No cards match the filter.</p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {`Could not read these cards (${failure.message}). Nothing was deleted — reload to read again.`}
        </p>
      )}
      <CardTextBox
        label={`Add to ${info.label}`}
        placeholder={
          captureKind === 'definition'
            ? 'A definition: the term, a colon, what it means here…'
            : info.placeholder
        }
        clearOnSubmit
        className="lane-add"
        onSubmit={async (text) => {
          const outcome = await run(addCard, {
            sessionId,
            propositionId,
            lane,
            lastOrder: cards?.at(-1)?.order ?? 0,
            text,
            ...(captureKind ? { kind: captureKind } : {}),
          });
          if (!outcome.ok) return outcome.message;
          followEnd.captured(outcome.value.id);
          // The card is saved, but the filter would hide it: say so, with the way to see it.
          if (isFiltering(filter) && !cardMatcher(filter, participants)(outcome.value))
            showNotice({
              tone: 'info',
              message: `Added to ${info.label}; the filter hides it.`,
              action: { label: 'Show all cards', run: () => setFilter(NO_FILTER) },
            });
          return null;
        }}
      />
    </section>
  );
});
