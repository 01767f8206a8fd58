import { describe, expect, it } from 'vitest';
import { readQuery } from '../../../src/search/query';
import { resultHref, wordsToMark } from '../../../src/search/result-link';

const marked = (typed: string) => wordsToMark(readQuery(typed, []).marks);

describe('resultHref: the link of a result', () => {
  it('carries the words before the paragraph\'s fragment, encoded', () => {
    expect(resultHref('a-ii-2.html#a-ii-2-p3', 'một cửa')).toBe('a-ii-2.html?hl=m%E1%BB%99t%20c%E1%BB%ADa#a-ii-2-p3');
    expect(resultHref('linh-vuc/chi-so.html', 'PCI & PAPI')).toBe('linh-vuc/chi-so.html?hl=PCI%20%26%20PAPI');
  });
});

describe('wordsToMark: the words the page of a result marks', () => {
  it('are the words typed, as typed, when none only asks', () => {
    expect(marked('một cửa')).toBe('một cửa');
    expect(marked('làm việc')).toBe('làm việc');
  });
  it('leave out the words that only ask there ("làm" of "làm gì", "gì"), keeping the others in order', () => {
    expect(marked('nhà trường đã làm gì để cải cách thủ tục hành chính')).toBe('nhà trường đã để cải cách thủ tục hành chính');
    expect(marked('Bác Hồ nói gì về cán bộ').split(' ').slice(0, 5)).toEqual(['Bác', 'Hồ', 'về', 'cán', 'bộ']);
    expect(marked('chi bộ mình đã làm gì')).not.toMatch(/chi|bộ|mình|làm|gì/);
  });
  it('keep the quotation marks of another spelling\'s words, which mark only together', () => {
    const synonyms = [{ short: 'CB', full: 'cán bộ' }];
    expect(wordsToMark(readQuery('Bác Hồ nói gì về cán bộ', synonyms).marks)).toBe('Bác Hồ về cán bộ "cb" "chí minh"');
  });
});
