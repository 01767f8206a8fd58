import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, COMMON_WORDS_UNMARKED, VERBS_THAT_ASK, VERBS_THAT_ASK_UNMARKED } from '../../../src/search/common-words';
import { foldVietnamese } from '../../../src/site/fold-vietnamese';

describe('very common words typed without marks', () => {
  it('are each a very common word without its marks', () => {
    const folded = new Set([...COMMON_WORDS].map(foldVietnamese));
    expect([...COMMON_WORDS_UNMARKED].filter((word) => !folded.has(word))).toEqual([]);
  });
  it('leave out the spellings that are often a word to find ("dang": Đảng, "so": số, "nen": nền)', () => {
    for (const word of ['dang', 'so', 'nen', 'de', 'co', 'tu', 'the', 'tai', 'vi', 'do']) expect(COMMON_WORDS_UNMARKED.has(word), word).toBe(false);
  });
  it('name the verbs that ask without their marks, each of them', () => {
    expect([...VERBS_THAT_ASK_UNMARKED].sort()).toEqual([...VERBS_THAT_ASK].map(foldVietnamese).sort());
  });
});
