import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, COMMON_WORDS_UNMARKED, SAYING_WORDS, SAYING_WORDS_UNMARKED } from '../../../src/search/common-words';
import { foldVietnamese } from '../../../src/site/fold-vietnamese';

describe('very common words typed without marks', () => {
  it('are each a very common word without its marks', () => {
    const folded = new Set([...COMMON_WORDS].map(foldVietnamese));
    expect([...COMMON_WORDS_UNMARKED].filter((word) => !folded.has(word))).toEqual([]);
  });
  it('leave out the spellings that are often a word to find ("dang": Đảng, "so": số, "nen": nền)', () => {
    for (const word of ['dang', 'so', 'nen', 'de', 'co', 'tu', 'the', 'tai', 'vi', 'do']) expect(COMMON_WORDS_UNMARKED.has(word), word).toBe(false);
  });
  it('name the verbs of saying without their marks, each of them', () => {
    expect([...SAYING_WORDS_UNMARKED].sort()).toEqual([...SAYING_WORDS].map(foldVietnamese).sort());
  });
});
