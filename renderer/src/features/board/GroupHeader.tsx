import { memo, useState } from 'react';

import { GROUP_NAME_LIMIT, type CardGroup } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';

import { useRunCommand } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { FieldError } from '../../ui/FieldError';
import { renameGroup, setGroupCollapsed, ungroupCards } from './commands/groupCommands';

interface Props {
  group: CardGroup;
  size: number;
  votes: number;
  firstCardId: CardId;
  rowKey: string;
  measure(el: HTMLElement | null): (() => void) | undefined;
}

/**
 * The header of a named cluster. It is not a card, so it is not a listitem (role none): outside
 * tests count a lane's cards by its listitems. Cards dropped on it join the group.
 */
export const GroupHeader = memo(function GroupHeader({
  group,
  size,
  votes,
  firstCardId,
  rowKey,
  measure,
}: Props) {
  const run = useRunCommand();
  const runWithNotice = useRunWithNotice();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState(group.name);
  const [error, setError] = useState<string | null>(null);

  async function saveName() {
    const outcome = await run(renameGroup, { groupId: group.id, name });
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    setNaming(false);
  }

  async function ungroup() {
    await runWithNotice(
      ungroupCards,
      { groupId: group.id },
      { done: `Ungrouped “${group.name}”.`, offerUndo: true },
    );
  }

  return (
    <li
      role="none"
      className={`group-header${group.collapsed ? ' group-collapsed' : ''}`}
      data-row-key={rowKey}
      ref={measure}
      data-group-id={group.id}
      data-first-card={firstCardId}
    >
      <button
        type="button"
        className="group-toggle"
        aria-expanded={!group.collapsed}
        aria-label={`${group.collapsed ? 'Expand' : 'Collapse'} group ${group.name}`}
        onClick={() =>
          void run(setGroupCollapsed, { groupId: group.id, collapsed: !group.collapsed })
        }
      >
        {group.collapsed ? '▸' : '▾'}
      </button>
      {naming ? (
        <span className="group-naming">
          <input
            aria-label="Group name"
            value={name}
            maxLength={GROUP_NAME_LIMIT + 1}
            autoFocus
            aria-invalid={error !== null}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void saveName();
              if (e.key === 'Escape') {
                setName(group.name);
                setError(null);
                setNaming(false);
              }
            }}
          />
          <FieldError message={error} inline />
        </span>
      ) : (
        <span className="group-name">{group.name}</span>
      )}
      <span className="group-size">
        {size} {size === 1 ? 'card' : 'cards'}
        {votes > 0 ? ` · ${votes} ${votes === 1 ? 'vote' : 'votes'}` : ''}
      </span>
      <span className="group-actions">
        {!naming && (
          <button
            type="button"
            className="button-link"
            aria-label={`Rename group ${group.name}`}
            onClick={() => {
              setName(group.name);
              setNaming(true);
            }}
          >
            Rename
          </button>
        )}
        <button
          type="button"
          className="button-link"
          aria-label={`Ungroup ${group.name}`}
          onClick={() => void ungroup()}
        >
          Ungroup
        </button>
      </span>
    </li>
  );
});
