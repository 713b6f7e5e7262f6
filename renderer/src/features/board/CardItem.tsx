import { memo, useEffect, useRef, useState } from 'react';

import { KIND_INFO } from '#shared/board/types';
import type { Card } from '#shared/domain/types';

import { editCard } from '../../commands/cardCommands';
import { useRunCommand } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { useBoardParts } from './boardParts';
import { CardDetails } from './CardDetails';
import { CardMeta } from './CardMeta';
import { CardTextBox } from './CardTextBox';
import { deleteBoardCard } from './commands/cardDetailCommands';
import { useCardActionsMenu } from './useCardActionsMenu';
import { useKeyboardMove } from './useKeyboardMove';
import { VoteControls } from './VoteControls';

interface Props {
  card: Card;
  inGroup?: boolean;
  /** The lane's row measurer (virtualised lists): called with the li while it is mounted. */
  measure?(el: HTMLElement | null): (() => void) | undefined;
}

/**
 * One card: its text shown literally (React escapes it; no markup is ever interpreted). Extra
 * labels (kind, counts) are drawn so that a plain card's text content is exactly its text:
 * outside tests compare a lane's listitems with the texts typed.
 */
export const CardItem = memo(
  function CardItem({ card, inGroup = false, measure }: Props) {
    const run = useRunCommand();
    const { cardActions } = useBoardParts();
    const editing = useWindowStore((s) => s.editingCardId === card.id);
    const setEditingCard = useWindowStore((s) => s.setEditingCard);
    const runWithNotice = useRunWithNotice();
    const selected = useWindowStore((s) => s.selected.has(card.id));
    const toggleSelected = useWindowStore((s) => s.toggleSelected);
    const focus = useWindowStore((s) =>
      s.focusRequest?.cardId === card.id && (s.focusRequest.lane ?? card.lane) === card.lane
        ? s.focusRequest
        : null,
    );
    const [details, setDetails] = useState(false);
    const actionsOpen = useWindowStore((s) => s.actionsCardId === card.id);
    const actionsRef = useCardActionsMenu(actionsOpen);
    const move = useKeyboardMove(card);
    const itemRef = useRef<HTMLLIElement | null>(null);
    const handleRef = useRef<HTMLButtonElement>(null);

    useEffect(() => {
      if (!focus) return;
      const target = focus.handle ? handleRef.current : itemRef.current;
      target?.focus({ preventScroll: false });
      target?.scrollIntoView({ block: 'nearest' });
      if (!focus.handle) {
        itemRef.current?.classList.add('card-flash');
        setTimeout(() => itemRef.current?.classList.remove('card-flash'), 1600);
      }
      useWindowStore.getState().clearFocusRequest();
    }, [focus]);

    async function remove() {
      await runWithNotice(
        deleteBoardCard,
        { cardId: card.id },
        { done: 'Card deleted.', offerUndo: true },
      );
    }

    const setRefs = (el: HTMLLIElement | null) => {
      itemRef.current = el;
      return measure?.(el);
    };
    const className = [
      'card',
      `kind-${card.kind}`,
      inGroup && 'card-in-group',
      selected && 'card-selected',
      card.surprising && 'card-surprising',
      move.carrying && 'card-carried',
      actionsOpen && 'card-actions-open',
    ]
      .filter(Boolean)
      .join(' ');

    if (editing) {
      return (
        <li className={`${className} card-editing`} ref={setRefs} data-row-key={card.id}>
          <CardTextBox
            label="Edit card"
            initial={card.text}
            autoFocus
            clearOnSubmit={false}
            onCancel={() => setEditingCard(null)}
            onSubmit={async (text) => {
              const outcome = await run(editCard, { cardId: card.id, text });
              if (!outcome.ok) return outcome.message;
              setEditingCard(null);
              return null;
            }}
          />
          <p className="hint card-edit-hint">Enter to save · Esc to cancel</p>
        </li>
      );
    }

    return (
      <li
        className={className}
        ref={setRefs}
        tabIndex={-1}
        data-row-key={card.id}
        data-card-id={card.id}
        data-group-id={card.groupId ?? ''}
        onClick={(e) => {
          // Ctrl/Cmd+click selects, as in a file list, for "group the selected cards".
          if (
            (e.ctrlKey || e.metaKey) &&
            !(e.target as HTMLElement).closest('button, input, select, textarea, a')
          )
            toggleSelected(card.id);
        }}
      >
        <div className="card-main">
          <button
            ref={handleRef}
            type="button"
            className="card-handle"
            aria-label="Move card"
            aria-pressed={move.carrying}
            title="Drag to move, or press Space to pick up and use the arrow keys"
            onKeyDown={move.onKeyDown}
            onKeyUp={(e) => e.key === ' ' && e.preventDefault()}
            onBlur={move.cancel}
            onClick={(e) => {
              if (e.detail > 0 && !move.carrying) move.pickUp();
            }}
          />
          <span
            className="kind-badge"
            data-label={`${KIND_INFO[card.kind].icon} ${KIND_INFO[card.kind].label}`}
            title={`Kind: ${KIND_INFO[card.kind].label}`}
          />
          <p className="card-text" onDoubleClick={() => setEditingCard(card.id)}>
            {card.text}
          </p>
          <div className="card-actions" ref={actionsRef}>
            {cardActions.map((CardAction, i) => (
              <CardAction key={i} sessionId={card.sessionId} cardId={card.id} />
            ))}
            <input
              type="checkbox"
              className="card-select"
              aria-label="Select card"
              checked={selected}
              onChange={() => toggleSelected(card.id)}
            />
            <button
              type="button"
              className="icon-button icon-details"
              aria-label="Card details"
              aria-expanded={details}
              title="Kind, attribution, links"
              onClick={() => setDetails((d) => !d)}
            />
            <button
              type="button"
              className="icon-button icon-edit"
              aria-label="Edit card"
              title="Edit"
              onClick={() => setEditingCard(card.id)}
            />
            <button
              type="button"
              className="icon-button icon-delete"
              aria-label="Delete card"
              title="Delete"
              onClick={() => void remove()}
            />
          </div>
        </div>
        <CardMeta card={card} />
        <VoteControls card={card} />
        {details && <CardDetails card={card} />}
      </li>
    );
  },
  // Dexie hands back fresh objects on every change; every board command bumps updatedAt, so
  // comparing it (and the few fields undo can restore without it changing) is enough.
  (a, b) =>
    a.card.id === b.card.id &&
    a.card.updatedAt === b.card.updatedAt &&
    a.card.text === b.card.text &&
    a.card.votes === b.card.votes &&
    a.card.groupId === b.card.groupId &&
    a.inGroup === b.inGroup &&
    a.measure === b.measure,
);
