import { checkText, PROPOSITION_LIMIT, TITLE_LIMIT } from '#shared/domain/text';

import { CommandError } from './commandError';

// A session's title and its propositions are checked the same way when they are made and when
// they are edited, in the same words.

export function validSessionTitle(raw: string): string {
  const title = checkText(raw, TITLE_LIMIT, 'session title');
  if (!title.ok)
    throw new CommandError(
      'invalid',
      title.reason === 'empty' ? 'Give the session a title.' : title.message,
    );
  return title.text;
}

export function validProposition(raw: string): string {
  const text = checkText(raw, PROPOSITION_LIMIT, 'proposition');
  if (!text.ok)
    throw new CommandError(
      'invalid',
      text.reason === 'empty' ? 'Write the proposition the group will examine.' : text.message,
    );
  return text.text;
}
