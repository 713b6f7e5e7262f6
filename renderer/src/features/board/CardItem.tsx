import { memo } from 'react';
import type { Card } from '../../../../shared/domain/types';
import { deleteCard, editCard } from '../../commands/cardCommands';
import { useRunCommand } from '../../commands/useCommands';
import { useUiStore } from '../../ui/uiStore';
import { CardTextBox } from './CardTextBox';
import { SpotlightButton } from '../presenter/SpotlightButton';

/** One card: its text shown literally (React escapes it; no markup is ever interpreted). */
export const CardItem = memo(
  function CardItem({ card }: { card: Card }) {
    const run = useRunCommand();
    const editing = useUiStore((s) => s.editingCardId === card.id);
    const setEditingCard = useUiStore((s) => s.setEditingCard);
    const showNotice = useUiStore((s) => s.showNotice);

    async function remove() {
      const outcome = await run(deleteCard, { cardId: card.id });
      if (outcome.ok) showNotice({ tone: 'info', message: 'Card deleted.', offerUndo: true });
      else showNotice({ tone: 'error', message: outcome.message });
    }

    if (editing) {
      return (
        <li className="card card-editing">
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
      <li className="card">
        <p className="card-text" onDoubleClick={() => setEditingCard(card.id)}>
          {card.text}
        </p>
        <div className="card-actions">
          <SpotlightButton sessionId={card.sessionId} cardId={card.id} />
          <button type="button" className="icon-button icon-edit" aria-label="Edit card" title="Edit" onClick={() => setEditingCard(card.id)} />
          <button type="button" className="icon-button icon-delete" aria-label="Delete card" title="Delete" onClick={() => void remove()} />
        </div>
      </li>
    );
  },
  // Dexie hands back fresh objects on every change; re-render only when this card changed.
  (a, b) => a.card.id === b.card.id && a.card.updatedAt === b.card.updatedAt && a.card.text === b.card.text,
);
