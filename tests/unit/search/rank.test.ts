/** The ranking rules (src/search/rank.ts), each on its own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../../src/search/common-words';
import { NEED, parseQuery } from '../../../src/search/query';
import { HELD, HELD_COMMON, RecordScorer, WHOLE_RUN_WEIGHT } from '../../../src/search/rank';
import { RankVocabulary } from '../../../src/search/vocabulary';
import { EVERYDAY_QUERIES } from '../../../tools/harness/everyday-queries';
import { TEACHER_QUERIES } from '../../../tools/harness/teacher-queries';
import { SOURCE_TEXT } from '../../support/site';

/** Score of a record (text, heading, title) for a query. */
function score(query: string, text: string, heading = '', title = ''): number {
  const vocabulary = new RankVocabulary();
  const record = { text: vocabulary.idsOf(text), heading: vocabulary.idsOf(heading), title: vocabulary.idsOf(title) };
  return new RecordScorer(parseQuery(query), vocabulary, COMMON_WORDS).score(record);
}

describe('ranking rules', () => {
  it('matches folded and đ = d, the last word typed as a prefix, and needs every word that is not very common', () => {
    expect(score('dang vien', 'Đảng viên')).toBeGreaterThan(0);
    expect(score('dang vien', 'Đảng ta')).toBe(0);
    expect(score('chuy', 'chuyển đổi số')).toBeGreaterThan(0);
    expect(score('chuyển đổi s', 'chuyển đổi số')).toBeGreaterThan(0);
    // Only the last word may be the start of one: "cơ" is not "công".
    expect(score('cơ chế', 'công chế')).toBe(0);
    expect(score('chuy đổi', 'chuyển đổi số')).toBe(0);
    // Typed with marks, the last word begins only words that go on from it as typed.
    expect(score('chuyể', 'chuyển đổi số')).toBeGreaterThan(0);
    expect(score('vì dân', 'vì đảng')).toBe(0);
    // Found in the heading or the page's title counts too.
    expect(score('dang vien', 'ta', 'Đảng viên')).toBeGreaterThan(0);
  });
  it('ranks words typed together first where they stand together, in order', () => {
    expect(score('một cửa', 'cơ chế một cửa tiếp tục được duy trì')).toBeGreaterThan(score('một cửa', 'cửa hàng của một người'));
    expect(score('ky luat ky cuong', 'kỷ luật, kỷ cương hành chính')).toBeGreaterThan(score('ky luat ky cuong', 'xử lý kỷ luật cán bộ theo kỷ luật; giữ kỷ cương'));
    expect(score('dao duc', 'đạo đức')).toBeGreaterThan(score('dao duc', 'dục và Đào'));
  });
  it('takes a tone on either vowel of a final oa, oe, uy as the same spelling ("hòa" is "hoà")', () => {
    expect(score('hoà bình', 'giữ gìn hòa bình')).toBe(score('hoà bình', 'giữ gìn hoà bình'));
    expect(score('hiện đại hóa', 'hiện đại hoá nền hành chính')).toBe(score('hiện đại hóa', 'hiện đại hóa nền hành chính'));
    expect(score('thủy', 'thuỷ lợi')).toBeGreaterThan(score('thủy', 'thùy') * 2);
    // Still being typed: "hò" is on the way to "hòa", which the page writes "hoà".
    expect(score('hò', 'hoà bình')).toBeGreaterThan(0);
    expect(score('hò', 'hoà bình')).toBe(score('hò', 'hòa bình'));
    // The tone on the first vowel ends the word: "họa", "hòa" begin nothing longer; "hoà" may begin "hoàn".
    expect(score('họa', 'kế hoạch hoạt động')).toBe(0);
    expect(score('hòa', 'hoàn thành nhiệm vụ')).toBe(0);
    expect(score('hòa', 'hoà bình')).toBeGreaterThan(0);
    expect(score('hoà', 'hoàn thành nhiệm vụ')).toBeGreaterThan(0);
  });
  it('takes a final "y" or "i" after a consonant as the same spelling ("kĩ" is "kỹ", as schoolbooks write it)', () => {
    expect(score('kĩ năng', 'nâng cao kỹ năng số')).toBe(score('kỹ năng', 'nâng cao kỹ năng số'));
    expect(score('kỉ luật kỉ cương', 'kỷ luật, kỷ cương hành chính')).toBe(score('kỷ luật kỷ cương', 'kỷ luật, kỷ cương hành chính'));
    expect(score('lí luận', 'lý luận chính trị')).toBeGreaterThan(score('lí luận', 'lì luận') * 2);
    // Finished as typed: "ky" begins no longer word ("kinh"), and "quy" still begins "quyết".
    expect(score('ky', 'kinh tế')).toBe(0);
    expect(score('ky', 'kỹ thuật')).toBeGreaterThan(0);
    expect(score('quy', 'quyết định')).toBeGreaterThan(0);
  });
  it('ranks the exact spelling first when tone marks were typed; without marks every spelling alike', () => {
    expect(score('cửa', 'cửa')).toBeGreaterThan(score('cửa', 'cứa') * 2);
    expect(score('cửa', 'cứa')).toBeGreaterThan(0);
    // A very common word is found only as typed: "của" does not stand for "cửa".
    expect(score('cửa', 'của')).toBe(0);
    expect(score('cua', 'của')).toBeGreaterThan(0);
    expect(score('một cửa', 'một cửa')).toBeGreaterThan(score('một cửa', 'một của'));
    expect(score('dang', 'đảng')).toBe(score('dang', 'đáng'));
    // Without marks both are found; "của" is very common, so "một cửa" still comes first.
    expect(score('mot cua', 'một của')).toBeGreaterThan(0);
    expect(score('mot cua', 'một cửa')).toBeGreaterThan(score('mot cua', 'một của'));
  });
  it('puts a record that holds a word typed with marks as typed before one that has it only spelled otherwise, wherever that one has it', () => {
    // "hiểu" once in a paragraph, against "hiệu" three times, in the heading and the page's title too.
    const asTyped = score('hiểu', 'cán bộ cần phải hiểu rằng chức trách của mình', '', 'Xây dựng nền hành chính vì dân');
    expect(asTyped).toBeGreaterThan(score('hiểu', 'công cụ hữu hiệu', 'hiệu lực, hiệu quả', 'Xây dựng nền hành chính hiệu lực, hiệu quả'));
    expect(score('có lợi cho dân', 'vì lợi ích của dân')).toBeGreaterThan(score('có lợi cho dân', 'có lời dạy cho dân'));
    // Held as typed in one part is enough; without marks every spelling alike, still.
    expect(score('hiểu', 'hiệu quả', 'Hiểu đúng')).toBeGreaterThan(score('hiểu', 'hiệu quả hiệu lực', 'Hiệu quả'));
    expect(score('hieu', 'hiệu quả')).toBe(score('hieu', 'hiểu quả'));
  });
  it('never lets a very common word lift a record on its own', () => {
    // "của" and "một" everywhere: a record that has only them scattered scores (almost) nothing.
    const scattered = score('mot cua', 'một số việc của trường, một lần nữa của chúng ta');
    expect(scattered).toBeLessThan(2);
    expect(score('một cửa', 'một cửa')).toBeGreaterThan(10 * scattered);
    // Typed alone, a common word still finds something.
    expect(score('của', 'của dân')).toBeGreaterThan(0);
  });
  it('puts the page whose title holds the words before a page that only mentions them', () => {
    expect(score('27', 'Số hiệu 27-NQ/TW', '', 'Nghị quyết số 27-NQ/TW')).toBeGreaterThan(score('27', 'theo Nghị quyết số 27-NQ/TW ngày 9/11/2022', '', 'Quan điểm của Đảng'));
    expect(score('cai cach the che', 'Nhà trường xây dựng quy chế.', '', '1, Cải cách thể chế')).toBeGreaterThan(score('cai cach the che', 'Về cải cách thể chế', '', 'Phần B'));
  });
  it('counts a line that opens with a link to another page (a list of documents) half', () => {
    const vocabulary = new RankVocabulary();
    const words = (text: string, reference?: boolean) => ({ text: vocabulary.idsOf(text), heading: [], title: [], reference });
    const scorer = new RecordScorer(parseQuery('nghi dinh 90'), vocabulary, COMMON_WORDS);
    expect(scorer.score(words('Nghị định số 90/2020/NĐ-CP — còn hiệu lực', true))).toBeCloseTo(scorer.score(words('Nghị định số 90/2020/NĐ-CP — còn hiệu lực')) / 2);
  });
  it('needs no word that makes it a question, and counts it only in a run ("cải cách hành chính là gì")', () => {
    expect(parseQuery('cải cách hành chính là gì').terms.find((term) => term.exact === 'gì')?.need).toBe(NEED.asks);
    expect(score('cải cách hành chính là gì', 'Cải cách hành chính là một chủ trương đúng đắn')).toBeGreaterThan(0);
    expect(score('cải cách hành chính là gì', 'Cải cách hành chính là gì')).toBeGreaterThan(score('cải cách hành chính là gì', 'Cải cách hành chính là một chủ trương'));
    // Alone, it still finds itself.
    expect(score('gì', 'đề cương nói gì')).toBeGreaterThan(0);
  });
  it('takes a question\'s other words in a row as the whole query in a row: the passage that answers comes before a page titled with them', () => {
    const question = 'cải cách hành chính là gì';
    const answer = score(question, 'Cải cách hành chính là một chủ trương đúng đắn');
    expect(answer).toBeGreaterThan(score(question, '“Cải cách thủ tục hành chính”', 'Sáu lĩnh vực', 'Lĩnh vực cải cách hành chính'));
    // Without "là" in a row with them, a run of four like any other.
    expect(answer).toBeGreaterThan(score(question, 'Cải cách hành chính, như đã nói, là một chủ trương đúng đắn') + WHOLE_RUN_WEIGHT);
    // The question itself, "gì" included, still comes first.
    expect(score(question, 'Cải cách hành chính là gì')).toBeGreaterThan(answer);
  });
  it('needs a word typed without marks that may be a very common one ("o": "ở") no more than it, and ranks it where it stands with the others', () => {
    // Before, "o" had to stand in the record: "ở", "ô", "ơ", or nothing found.
    expect(score('cai cach thu tuc o truong', 'Cải cách thủ tục hành chính tại trường')).toBeGreaterThan(0);
    // "mot cua" may be "một của" or "một cửa": "cơ chế một cửa" in a row comes first, and a
    // record without them still matches "co che".
    expect(score('co che mot cua', 'cơ chế một cửa')).toBeGreaterThan(score('co che mot cua', 'cơ chế của một số'));
    expect(score('co che mot cua', 'cơ chế kiểm soát')).toBeGreaterThan(0);
    // Words that may be very common, typed alone with those that ask ("mot cua la gi" as read:
    // question-phrases.ts): they are what is needed.
    expect(score('mot cua là gì', 'cơ chế một cửa')).toBeGreaterThan(0);
    expect(score('mot cua là gì', 'không có gì khác, là một')).toBe(0);
  });
  it('requires a quoted phrase as a phrase', () => {
    expect(score('"dân biết dân bàn"', 'dân bàn, dân biết')).toBe(0);
    expect(score('"dân biết dân bàn"', 'Dân biết, dân bàn')).toBeGreaterThan(0);
  });
  it('scores words it learns after the query was matched (the sharded index\'s parts come as they load)', () => {
    const vocabulary = new RankVocabulary();
    const scorer = new RecordScorer(parseQuery('dao duc'), vocabulary, COMMON_WORDS);
    expect(scorer.canMatch).toBe(false);
    const record = { text: vocabulary.idsOf('Về đạo đức công vụ'), heading: [], title: vocabulary.idsOf('Đạo đức') };
    expect(scorer.canMatch).toBe(true);
    expect(scorer.score(record)).toBe(score('dao duc', 'Về đạo đức công vụ', '', 'Đạo đức'));
  });
  it('numbers a word once whatever its case or Unicode form, and leaves stray marks out', () => {
    const vocabulary = new RankVocabulary();
    expect(vocabulary.idsOf('Đảng ĐẢNG đảng')).toEqual([0, 0, 0]);
    expect(vocabulary.idsOf('Đảng'.normalize('NFD'))).toEqual([0]);
    expect(vocabulary.idsOf('dang \u0301 x')).toEqual([1, 2]);
    expect(vocabulary.folded).toEqual(['dang', 'dang', 'x']);
  });
});

describe('the bound of a record (what its words could give, wherever they stand)', () => {
  const source = readFileSync(SOURCE_TEXT, 'utf8').split(/\s+/);
  /** Records of the outline's own words: runs of it (the typed words stand together), shuffled words (they do not), headings and titles. */
  function records(vocabulary: RankVocabulary) {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const run = (length: number) => {
      const at = next(source.length - length);
      return source.slice(at, at + length).join(' ');
    };
    const shuffled = (length: number) => Array.from({ length }, () => source[next(source.length)]).join(' ');
    return Array.from({ length: 3000 }, (_, i) => ({
      text: vocabulary.idsOf(i % 2 ? run(5 + next(40)) : shuffled(5 + next(40))),
      heading: vocabulary.idsOf(i % 3 ? run(next(8)) : ''),
      title: vocabulary.idsOf(i % 5 ? shuffled(next(8)) : run(6)),
      reference: i % 7 === 0,
    }));
  }
  /** How some word of a part holds each term (the most of them), as the sharded engine reads it from the words' entries. */
  const present = (scorer: RecordScorer, words: number[]) => scorer.query.terms.map((_, t) => Math.max(0, ...words.map((word) => scorer.heldAs(word, t))));

  it('is never below the score, for every test query on thousands of records', () => {
    const vocabulary = new RankVocabulary();
    const all = records(vocabulary);
    const below: string[] = [];
    let matched = 0;
    let lower = 0;
    for (const q of [...EVERYDAY_QUERIES.map(([q]) => q), ...TEACHER_QUERIES.map(([q]) => q), 'ky luat ky cuong', 'nhà nước pháp quyền xã hội chủ nghĩa Việt Nam']) {
      const scorer = new RecordScorer(parseQuery(q), vocabulary, COMMON_WORDS);
      const everyTerm = scorer.query.terms.map(() => HELD);
      for (const record of all) {
        const score = scorer.score(record);
        if (score === 0) continue;
        matched += 1;
        const bound = scorer.bound(present(scorer, record.text), present(scorer, record.heading), present(scorer, record.title), record.reference);
        if (bound + 1e-9 < score) below.push(`${q}: bound ${bound} < score ${score}`);
        if (bound < 0.8 * scorer.bound(everyTerm, everyTerm, everyTerm, false)) lower += 1;
      }
    }
    expect(below.slice(0, 5)).toEqual([]);
    // Not a bound that says nothing: many records that match are bounded well below a record holding every word everywhere.
    expect(matched).toBeGreaterThan(2000);
    expect(lower).toBeGreaterThan(matched / 10);
  });
  it('is lower where the words typed cannot stand in a row ("của dân do dân vì dân": a record without "do")', () => {
    const vocabulary = new RankVocabulary();
    const scorer = new RecordScorer(parseQuery('của dân do dân vì dân'), vocabulary, COMMON_WORDS);
    const whole = vocabulary.idsOf('Nhà nước của dân, do dân, vì dân');
    const without = vocabulary.idsOf('Nhà nước của dân, vì dân');
    const bound = (text: number[]) => scorer.bound(present(scorer, text), [], [], false);
    expect(bound(without)).toBeLessThan(scorer.score({ text: whole, heading: [], title: [] }));
    expect(bound(without)).toBeGreaterThanOrEqual(scorer.score({ text: without, heading: [], title: [] }));
  });
  it('is lower where a word typed without marks is held only as a very common word ("mot cua": "của" and no "cửa")', () => {
    const vocabulary = new RankVocabulary();
    const door = vocabulary.idsOf('Cơ chế một cửa tiếp tục được duy trì');
    const of = vocabulary.idsOf('Một trong những nhiệm vụ của nhà trường');
    const scorer = new RecordScorer(parseQuery('mot cua'), vocabulary, COMMON_WORDS);
    const bound = (text: number[]) => scorer.bound(present(scorer, text), [], [], false);
    expect(present(scorer, of)).toEqual([HELD_COMMON, HELD_COMMON]);
    expect(present(scorer, door)).toEqual([HELD_COMMON, HELD]);
    expect(bound(of)).toBeLessThan(scorer.score({ text: door, heading: [], title: [] }));
    expect(bound(of)).toBeGreaterThanOrEqual(scorer.score({ text: of, heading: [], title: [] }));
  });
});
