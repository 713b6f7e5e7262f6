import { describe, expect, it } from 'vitest';

import {
  groupNearDuplicates,
  similarity,
  wordsOf,
  type QuestionItem,
} from '#shared/synthesis/nearDuplicates';

const q = (key: string, text: string, group = 'Group A'): QuestionItem => ({ key, text, group });
const texts = (items: QuestionItem[], apart?: string[]) =>
  groupNearDuplicates(items, apart ? { apart: new Set(apart) } : {}).map((c) =>
    c.items.map((i) => i.key),
  );

describe('near-duplicate open questions', () => {
  it('reads only the meaningful words: case, accents, punctuation, stop words and plurals aside', () => {
    expect([...wordsOf('Who pays for the Libraries’ café?')]).toEqual(['pay', 'librarie', 'cafe']);
    expect(similarity(wordsOf('Who pays?'), wordsOf('WHO PAY'))).toBe(1);
    expect(similarity(wordsOf('the and of'), wordsOf('the and of'))).toBe(0);
  });

  it('puts questions in nearly the same words together, across groups, in the order given', () => {
    const items = [
      q('a', 'Who funds the pilot after year one?', 'Group A'),
      q('b', 'What does the council measure?', 'Group A'),
      q('c', 'Who funds the pilot after the first year?', 'Group B'),
      q('d', 'Is the library open on Sundays?', 'Group B'),
    ];
    expect(texts(items)).toEqual([['a', 'c'], ['b'], ['d']]);
  });

  it('says how alike the least alike pair of a grouping is', () => {
    const [cluster] = groupNearDuplicates([
      q('a', 'Who counts as a resident?'),
      q('b', 'Who exactly counts as a resident here?'),
    ]);
    // {count, resident} against {exactly, count, resident, here}: 2 of 4 words.
    expect(cluster!.similarity).toBe(0.5);
  });

  it('joins a chain of close questions into one group (a question joins when close to any member)', () => {
    const items = [
      q('a', 'budget for youth centre'),
      q('b', 'budget for youth centre staff'),
      q('c', 'youth centre staff training'),
    ];
    expect(texts(items)).toEqual([['a', 'b', 'c']]);
  });

  it('leaves a question a person split off on its own, and the rest still together', () => {
    const items = [
      q('a', 'Who funds the pilot after year one?'),
      q('b', 'Who funds the pilot after year two?'),
      q('c', 'Who funds the pilot after year one, really?'),
    ];
    expect(texts(items)).toEqual([['a', 'b', 'c']]);
    expect(texts(items, ['b'])).toEqual([['a', 'c'], ['b']]);
  });

  it('never groups unrelated questions, nor questions of stop words only', () => {
    expect(texts([q('a', 'Why?'), q('b', 'Why?'), q('c', 'Who owns the building?')])).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });
});
