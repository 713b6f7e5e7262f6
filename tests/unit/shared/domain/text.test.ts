import { describe, expect, it } from 'vitest';

import { CARD_TEXT_LIMIT, checkCardText, stripControlCharacters } from '#shared/domain/text';

describe('card text rules', () => {
  it('trims surrounding space and keeps the text otherwise exactly as typed', () => {
    expect(checkCardText('  <b>Who agreed?</b>  ')).toEqual({
      ok: true,
      text: '<b>Who agreed?</b>',
    });
  });

  it('refuses an empty or blank card and says why', () => {
    for (const raw of ['', '   ', '\n\t ']) {
      const check = checkCardText(raw);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.reason).toBe('empty');
        expect(check.message).toMatch(/empty card/);
      }
    }
  });

  it('accepts text at the limit and refuses one character more without cutting it', () => {
    expect(checkCardText('a'.repeat(CARD_TEXT_LIMIT)).ok).toBe(true);
    const over = checkCardText('a'.repeat(CARD_TEXT_LIMIT + 1));
    expect(over).toMatchObject({ ok: false, reason: 'too-long', length: CARD_TEXT_LIMIT + 1 });
    if (!over.ok) expect(over.message).toContain('2,001 characters; the limit is 2,000');
  });

  it('drops invisible control characters but keeps tabs and new lines', () => {
    expect(stripControlCharacters('a\u0000b\u0007c\td\r\ne\u007f')).toBe('abc\td\ne');
  });
});
