// Rules for user-typed text. Text is data: it is stored and shown literally, never as markup.
import { formatCount } from './formatCount';

export const CARD_TEXT_LIMIT = 2000;
export const TITLE_LIMIT = 200;
export const PROPOSITION_LIMIT = 1000;

export type TextCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'too-long'; message: string; length: number };

// C0 control characters other than tab and newline (and DEL) are invisible, break exports
// (XML forbids most of them) and only ever arrive by pasting; they are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n');
}

/**
 * Normalises and checks a piece of text against a limit. Over-long text is refused with a
 * message and never cut: cutting silently would lose what the facilitator typed.
 */
export function checkText(raw: string, limit: number, what: string): TextCheck {
  const text = stripControlCharacters(raw).trim();
  if (text.length === 0) {
    return {
      ok: false,
      reason: 'empty',
      length: 0,
      message: `Type something first — an empty ${what} is not added.`,
    };
  }
  if (text.length > limit) {
    return {
      ok: false,
      reason: 'too-long',
      length: text.length,
      message: `This ${what} is ${formatCount(text.length)} characters; the limit is ${formatCount(limit)}. Shorten it or split it in two.`,
    };
  }
  return { ok: true, text };
}

export function checkCardText(raw: string): TextCheck {
  return checkText(raw, CARD_TEXT_LIMIT, 'card');
}
