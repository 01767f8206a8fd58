import { describe, expect, it } from 'vitest';
import { droppableWords, LOOSER_LIMIT, looserQueries, NEED, parseQuery, parseWords, queryState, readQuery } from '../../../src/search/query';

describe('readQuery', () => {
  const synonyms = [{ short: 'CCHC', full: 'cải cách hành chính' }];
  it('reads a query once: its state, its spellings with the glossary, and the words to mark', () => {
    const query = readQuery('CCHC ở trường', synonyms);
    expect(query.state).toBe('ok');
    // The glossary spelling keeps the words around it as typed ("ở", not "o", which would mark "ô" and "ơ").
    expect(query.spellings.map((s) => s.raw)).toEqual(['CCHC ở trường', 'cải cách hành chính ở trường']);
    expect(query.marks.terms.map((t) => t.exact)).toEqual(['cchc', 'ở', 'trường', 'cải', 'cách', 'hành', 'chính']);
    // Typed without marks, the glossary's full form joins the marks without its own: "cap xa"
    // still marks "cấp xã" alone (highlight.ts keeps toneless words as typed only beside marked ones).
    const toneless = readQuery('cchc cap xa', synonyms);
    expect(toneless.spellings[1].raw).toBe('cải cách hành chính cap xa');
    expect(toneless.marks.terms.some((t) => t.hasMarks)).toBe(false);
  });
  it('reads a question typed without marks as meant: its asking words spelled, so they need not stand in a passage', () => {
    const query = readQuery('cai cach hanh chinh la gi', synonyms);
    // As typed for the page's message; spelled for the search and the marks.
    expect(query.raw).toBe('cai cach hanh chinh la gi');
    expect(query.spellings.map((s) => s.raw)).toEqual(['cai cach hanh chinh là gì', 'cchc là gì']);
    const terms = query.spellings[0].terms;
    expect(terms.filter((t) => t.need < NEED.word).map((t) => t.exact)).toEqual(['là', 'gì']);
    expect(terms.filter((t) => t.need === NEED.word).every((t) => !t.hasMarks)).toBe(true);
    // Still read as typed without marks: the glossary's form and the marks without theirs.
    expect(query.marks.terms.filter((t) => t.need === NEED.word).every((t) => !t.hasMarks)).toBe(true);
    expect(looserQueries(query.spellings[0])[0].map((q) => q.raw)).toEqual(['cai cach hanh chinh là']);
  });
  it('also searches the names teachers say as the outline writes them ("Bác Hồ" → "Hồ Chí Minh"), with the glossary given', () => {
    expect(readQuery('Bác Hồ nói về CCHC', synonyms).spellings.map((s) => s.raw)).toEqual(['Bác Hồ nói về CCHC', 'bác hồ nói về cải cách hành chính', 'hồ chí minh nói về cchc']);
    expect(readQuery('Hồ Chí Minh', synonyms).spellings).toHaveLength(1);
  });
  it('searches nothing when there are no words', () => {
    expect(readQuery('  ', synonyms)).toMatchObject({ state: 'empty' });
    expect(readQuery('?!', synonyms)).toMatchObject({ state: 'no-words' });
  });
});

describe('parseQuery', () => {
  it('folds terms, remembers whether marks were typed, which words are very common and which was typed last', () => {
    expect(parseQuery('Đảng dang của').terms).toEqual([
      { exact: 'đảng', folded: 'dang', hasMarks: true, need: NEED.word, last: false },
      // Without marks, "dang" is as often "Đảng" as "đang": a word to find.
      { exact: 'dang', folded: 'dang', hasMarks: false, need: NEED.word, last: false },
      { exact: 'của', folded: 'cua', hasMarks: true, need: NEED.common, last: true },
    ]);
    expect(parseQuery('gì').terms[0]).toMatchObject({ need: NEED.asks });
    // Without marks, "o" is nearly always the very common "ở": needed no more than it is.
    expect(parseQuery('cai cach o truong').terms.filter((t) => t.need < NEED.word).map((t) => t.exact)).toEqual(['o']);
    expect(parseQuery('cai cach o truong').terms.find((t) => t.exact === 'o')?.need).toBe(NEED.maybeCommon);
    expect(parseQuery('tinh gian bien che').terms.some((t) => t.need < NEED.word)).toBe(false);
    // Read as written only (the marks on the page a result opens): neither rule applies.
    expect(parseWords('cai cach o truong').terms.every((t) => t.need === NEED.word)).toBe(true);
    expect(parseWords('Bác Hồ nói gì').terms.map((t) => t.need)).toEqual([NEED.word, NEED.word, NEED.word, NEED.asks]);
    // A verb that asks ("nói", "làm"…) asks where it stands before "gì" only.
    expect(parseQuery('Bác Hồ nói gì về cán bộ').terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['nói', 'gì']);
    expect(parseQuery('nói gì, nói thật').terms.find((t) => t.exact === 'nói')?.need).toBe(NEED.word);
    // So does "làm", also with "được" between: the teacher asks what was done, not for "làm".
    expect(parseQuery('nhà trường đã làm gì để cải cách').terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['làm', 'gì']);
    expect(parseQuery('trường mình làm được gì về chuyển đổi số').terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['mình', 'làm', 'gì']);
    expect(readQuery('truong da lam duoc gi ve chuyen doi so', []).spellings[0].terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['lam', 'gì']);
    expect(parseQuery('việc làm của giáo viên').terms.find((t) => t.exact === 'làm')?.need).toBe(NEED.word);
    expect(parseQuery('làm được việc gì').terms.find((t) => t.exact === 'làm')?.need).toBe(NEED.word);
    // Before "về" too, with or without marks ("Bác Hồ nói về cán bộ"), not where it may be another word ("bảo vệ", "bản vẽ").
    expect(parseQuery('Bác Hồ nói về cán bộ').terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['nói']);
    expect(readQuery('bac ho noi ve can bo', []).spellings[0].terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['noi']);
    for (const query of ['bảo vệ tổ quốc', 'bao ve to quoc', 'ban ve nha truong', 'nói về', 'lời nói', 'dạy vẽ cho học sinh', 'nêu vệ sinh trường lớp', 'neu ve sinh truong lop']) expect(parseQuery(query).terms.filter((t) => t.need === NEED.asks), query).toEqual([]);
    // Typed without marks, as read ("bac ho noi gi ve …": the "gi" before other words is "gì").
    expect(readQuery('bac ho noi gi ve bo may', []).spellings[0].terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['noi', 'gì']);
    // A word typed again at the end is the last one.
    expect(parseQuery('dân vì dân').terms.map((t) => t.last)).toEqual([true, false]);
  });
  it('keeps the order of every word typed, repeats included, to find them together', () => {
    const query = parseQuery('kỷ luật kỷ cương');
    // Compared as schoolbooks write it ("kỉ"): one spelling for both (spelling.ts).
    expect(query.terms.map((t) => t.exact)).toEqual(['kỉ', 'luật', 'cương']);
    expect(query.sequence).toEqual([0, 1, 0, 2]);
    expect(parseQuery('kỉ luật kỉ cương').terms).toEqual(query.terms);
  });
  it('takes a last word ending in "y" after a consonant as finished ("ky" does not begin "kinh")', () => {
    expect(parseQuery('ky').terms[0]).toMatchObject({ exact: 'ki', folded: 'ki', hasMarks: false, last: false });
    expect(parseQuery('ki').terms[0].last).toBe(true);
    expect(parseQuery('quy').terms[0]).toMatchObject({ exact: 'quy', last: true });
  });
  it('splits document numbers into their parts and keeps quoted phrases', () => {
    expect(parseQuery('27-NQ/TW').terms.map((t) => t.folded)).toEqual(['27', 'nq', 'tw']);
    const quoted = parseQuery('"Dân biết, dân bàn" và “dụng nhân”');
    expect(quoted.phrases.map((p) => p.map((t) => quoted.terms[t].exact))).toEqual([['dân', 'biết', 'dân', 'bàn'], ['dụng', 'nhân']]);
  });
  it('reads the teacher\'s unit before "mình" as asking ("chi bộ mình", "don vi minh"), but not "trường" nor the words elsewhere', () => {
    const needs = (raw: string) => Object.fromEntries(parseQuery(raw).terms.map((t) => [t.exact, t.need]));
    expect(needs('chi bộ mình đã làm gì về cải cách công vụ')).toMatchObject({ chi: NEED.asks, bộ: NEED.asks, mình: NEED.asks, cải: NEED.word, vụ: NEED.word });
    expect(needs('don vi mình chuyển đổi số')).toMatchObject({ don: NEED.asks, vi: NEED.asks });
    expect(needs('trường mình làm gì')).toMatchObject({ trường: NEED.word });
    // Elsewhere too: then a word like any other.
    expect(needs('chi bộ sinh hoạt, chi bộ mình')).toMatchObject({ chi: NEED.word, bộ: NEED.word });
    expect(needs('chi bộ nơi tổ chức sinh hoạt')).toMatchObject({ chi: NEED.word, tổ: NEED.word });
    expect(readQuery('chi bo minh da lam gi ve cai cach cong vu', []).spellings[0].terms.filter((t) => t.need === NEED.asks).map((t) => t.exact)).toEqual(['chi', 'bo', 'mình', 'lam', 'gì']);
  });
  it('tells empty and punctuation-only queries apart', () => {
    expect(queryState('  ')).toBe('empty');
    expect(queryState('?!… —')).toBe('no-words');
    expect(queryState('<img src=x onerror=alert(1)>')).toBe('ok');
    // Stray combining marks look like a word but fold to nothing: nothing to search.
    expect(queryState('\u0301\u0303 \u0300')).toBe('no-words');
    expect(parseQuery('\u0301 dân').terms.map((t) => t.exact)).toEqual(['dân']);
  });
});

describe('looserQueries', () => {
  const looser = (raw: string, limit?: number, absent: string[] = []) => looserQueries(parseQuery(raw), limit, new Set(absent)).map((round) => round.map((query) => query.raw));
  it('leaves out one word, then two, never every word, keeping the very common ones', () => {
    expect(looser('Bác Hồ')).toEqual([['hồ', 'bác']]);
    expect(looser('tinh giảm biên chế')).toEqual([
      ['giảm biên chế', 'tinh biên chế', 'tinh giảm chế', 'tinh giảm biên'],
      ['biên chế', 'giảm chế', 'giảm biên', 'tinh chế', 'tinh biên', 'tinh giảm'],
    ]);
    // "của" and "một" stay; "kỷ", typed twice, goes out both times ("kỉ" is the same word).
    expect(looser('kỷ luật của một kỉ cương')[0]).toEqual(['luật của một cương', 'kỷ của một kỉ cương', 'kỷ luật của một kỉ']);
  });
  it('tries nothing for a single word, and no round that would go past the limit', () => {
    expect(looser('cửa')).toEqual([]);
    expect(looser('của một')).toEqual([]);
    // Five words to leave out ("về" is very common): 5 searches with one left out, then 10 with two.
    expect(looser('bác hồ dặn về cán bộ').map((round) => round.length)).toEqual([5, 10]);
    expect(looser('bác hồ dặn về cán bộ', 14).map((round) => round.length)).toEqual([5]);
    expect(looser('bác hồ dặn về cán bộ', 4)).toEqual([]);
  });
  it('leaves out first, at once, the words no page holds', () => {
    // "nói" before "gì" asks too: both go first.
    expect(looser('bác hồ nói gì về cán bộ', undefined, ['gì'])[0]).toEqual(['bác hồ về cán bộ']);
    expect(looser('bác hồ nói gì về cán bộ', undefined, ['gì'])[1]).toEqual(['hồ về cán bộ', 'bác về cán bộ', 'bác hồ về bộ', 'bác hồ về cán']);
    expect(looser('bác hồ dặn về xyzzy cán bộ', undefined, ['xyzzy'])[0]).toEqual(['bác hồ dặn về cán bộ']);
    // Nothing left but very common words, or lone letters and digits: nothing to try.
    expect(looser('xyzzy của', undefined, ['xyzzy'])).toEqual([]);
    expect(looser('<img src=x onerror=alert(1)>', undefined, ['img', 'src', 'onerror', 'alert'])).toEqual([]);
  });
  it('tries at once, beside it, the query without the syllable typed next to a word found nowhere at either end (the rest of that word)', () => {
    // "bản thân": the outline never says "thân", and "bản" alone finds "văn bản".
    expect(looser('liên hệ bản thân', undefined, ['thân'])[0]).toEqual(['liên hệ bản', 'liên hệ']);
    expect(looser('xyzzy chữ ký số', undefined, ['xyzzy'])[0]).toEqual(['chữ ký số', 'ký số']);
    // In the middle, its neighbours stay: left out, they would join two words never typed together ("cải chính").
    expect(looser('cải cách xyzzy hành chính', undefined, ['xyzzy'])[0]).toEqual(['cải cách hành chính']);
    // Not every word: one is left at least; and a word that asks has no other half ("nói gì").
    expect(looser('bản thân', undefined, ['thân'])).toEqual([['bản']]);
    expect(looser('bác hồ nói gì về cán bộ', undefined, ['gì'])[0]).toEqual(['bác hồ về cán bộ']);
  });
  it('reads a query of more than five words to leave out as a sentence: its runs of words, the longest first, down to two', () => {
    const rounds = looser('bác hồ dặn về cải cách hành chính nhà nước');
    // Ten words: runs of seven words first (the longest the limit lets down to two), then six…
    expect(rounds[0]).toEqual(['bác hồ dặn về cải cách hành', 'hồ dặn về cải cách hành chính', 'dặn về cải cách hành chính nhà', 'về cải cách hành chính nhà nước']);
    expect(rounds.map((round) => round[0].split(' ').length)).toEqual([7, 6, 5, 4, 3, 2]);
    expect(rounds.flat()).toContain('cải cách hành chính');
    expect(rounds.at(-1)).toContain('cải cách');
    expect(rounds.flat().length).toBeLessThanOrEqual(LOOSER_LIMIT);
    // A run of very common words alone is not tried: it would match every page.
    const runs = looser('bác hồ dặn về việc của các cán bộ đảng viên').flat();
    expect(runs).toContain('dặn về việc của');
    expect(runs).not.toContain('về việc của các');
    expect(runs).not.toContain('việc của');
  });
  it('leaves out first the words that make it a question, then reads the rest', () => {
    const rounds = looser('trường mình đã làm được gì về chuyển đổi số');
    expect(rounds[0]).toEqual(['trường đã được về chuyển đổi số']);
    expect(looser('Bác Hồ nói gì về cải cách hành chính')[0]).toEqual(['bác hồ về cải cách hành chính']);
    // Toneless very common words stay, as very common words do ("mot cua" is what is left of "mot cua xyzzy").
    expect(looser('mot cua xyzzy', undefined, ['xyzzy'])[0]).toEqual(['mot cua']);
    expect(looser('cai cach o truong xyzzy', undefined, ['xyzzy'])[0]).toContain('cai cach o truong');
    // Its runs are made of the words left: "cán bộ phải để phục vụ" (not "làm gì").
    const sentence = looser('Bác Hồ dạy cán bộ phải làm gì để phục vụ nhân dân').flat();
    expect(sentence).toContain('phục vụ nhân dân');
    expect(sentence.filter((query) => query.split(' ').includes('gì'))).toEqual([]);
    expect(sentence.filter((query) => query.split(' ').includes('làm'))).toEqual([]);
    expect(sentence.filter((query) => query.split(' ').includes('dạy')).length).toBeGreaterThan(0);
    // "AI" of "ứng dụng AI" is not a word that asks: it is left out no sooner than the others.
    expect(looser('ứng dụng AI trong dạy học')[0]).toContain('ứng dụng ai trong dạy');
    // A question of words that ask, once the words found nowhere are out, keeps them.
    expect(looser('làm gì')).toEqual([['làm']]);
    // Alone, a word that asks is not searched: like a very common word, it says nothing of where to read.
    expect(looser('gì xyzzy', undefined, ['xyzzy'])).toEqual([]);
  });
  it('starts the runs of a long sentence short enough that runs of two words are tried within the limit', () => {
    const rounds = looser('thực hiện cải cách hành chính trong nhà trường để phục vụ học sinh và cha mẹ học sinh tốt hơn');
    expect(rounds.flat()).toContain('vụ học sinh');
    expect(rounds.at(-1)).toContain('cải cách');
    expect(rounds.at(-1)!.every((query) => query.split(' ').length === 2)).toBe(true);
    expect(rounds.flat().length).toBeLessThanOrEqual(LOOSER_LIMIT);
  });
  it('keeps a word that is not the last typed finished in a run that ends with it', () => {
    const runs = looserQueries(parseQuery('Bác Hồ nói gì về cải cách hành chín')).flat();
    expect(runs.find((query) => query.raw === 'cải cách hành')!.terms.every((term) => !term.last)).toBe(true);
    expect(runs.find((query) => query.raw === 'cách hành chín')!.terms.at(-1)).toMatchObject({ exact: 'chín', last: true });
  });
  it('names each word a looser search may leave out, as typed, with a query of its own, finished unless it was the last typed', () => {
    expect(droppableWords(parseQuery('của dân vì dân chí')).map(({ word, alone }) => [word, alone.raw, alone.terms[0].last])).toEqual([
      ['dân', 'dân', false],
      ['chí', 'chí', true],
    ]);
    // Searched as "kĩ" (one spelling with "kỹ"), named as typed.
    expect(droppableWords(parseQuery('Kỹ xyzzy')).map(({ word, alone }) => [word, alone.raw])).toEqual([
      ['kỹ', 'kĩ'],
      ['xyzzy', 'xyzzy'],
    ]);
  });
  it('takes only the last word typed as perhaps unfinished: left out, the word before it is whole', () => {
    const [[withoutBac, withoutHo]] = looserQueries(parseQuery('Bác Hồ'));
    expect(withoutBac.terms).toMatchObject([{ exact: 'hồ', last: true }]);
    expect(withoutHo.terms).toMatchObject([{ exact: 'bác', last: false }]);
  });
});
