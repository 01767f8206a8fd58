import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src/site/fold-vietnamese';
import { countSyllables, readingMinutes } from '../../../src/site/reading-time';
import { sourceLink } from '../../../src/site/sources';
import { collapseWhitespace, continuingSentence, firstWordsHint, inlineLinksHtml, inlineLinkTargets, jsonForScript, pageTitle, splitSentences, wholeWordsPattern, withoutFinalStop, withoutOuterQuotes } from '../../../src/site/text';
import { formatVietnameseDate } from '../../../src/site/vietnamese-date';

describe('foldVietnamese', () => {
  it('removes tone marks, vowel marks and the stroke of đ, and lowers case', () => {
    expect(foldVietnamese('Đại hội Đảng')).toBe('dai hoi dang');
    expect(foldVietnamese('dụng nhân như dụng mộc')).toBe('dung nhan nhu dung moc');
    expect(foldVietnamese('ƯỚC LƯỢNG ă â ê ô ơ ư')).toBe('uoc luong a a e o o u');
  });
  it('folds decomposed input the same as composed input', () => {
    expect(foldVietnamese('Đảng'.normalize('NFD'))).toBe(foldVietnamese('Đảng'));
  });
  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('27-NQ/TW')).toBe('27-nq/tw');
  });
});

describe('text helpers', () => {
  it('turns runs of spaces, tabs, newlines and no-break spaces into one space', () => {
    expect(collapseWhitespace('  a\u00a0 b\n\tc ')).toBe('a b c');
  });
  it('splits sentences before a capital, a digit or an opening quote', () => {
    expect(splitSentences('Một. Hai; ba. “Bốn” 5. 6')).toEqual(['Một.', 'Hai; ba.', '“Bốn” 5.', '6']);
  });
  it('matches whole words only', () => {
    expect(wholeWordsPattern(['lần thứ VI']).test('Đại hội lần thứ VII')).toBe(false);
    expect(wholeWordsPattern(['lần thứ VI']).test('Đại hội lần thứ VI (1986)')).toBe(true);
  });
  it('embeds JSON that cannot end its script element', () => {
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});

describe('Vietnamese dates', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatVietnameseDate(new Date('2024-10-15'))).toBe('ngày 15 tháng 10 năm 2024');
    expect(formatVietnameseDate(new Date('2020-03-05'))).toBe('ngày 5 tháng 3 năm 2020');
  });
});

describe('reading time and hints', () => {
  it('counts syllables, not punctuation', () => {
    expect(countSyllables('Cải cách hành chính – CCHC.')).toBe(5);
  });
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('một')).toBe(1);
    expect(readingMinutes(Array(1000).fill('chữ').join(' '))).toBe(5);
  });
  it('takes the first sentence, cut with an ellipsis when long', () => {
    expect(firstWordsHint('Câu một ngắn. Câu hai.')).toBe('Câu một ngắn.');
    expect(firstWordsHint('Ý một; ý hai.')).toBe('Ý một');
    expect(firstWordsHint('6.1- Kết quả: Thực hiện việc quản lý; ý khác')).toBe('6.1- Kết quả: Thực hiện việc quản lý');
    expect(firstWordsHint('a b c d e f', 3)).toBe('a b c…');
    expect(firstWordsHint('  ')).toBe('');
  });
});

describe('content text as HTML and in sentences', () => {
  it('turns Markdown links of a one-line field into links, and escapes the rest', () => {
    expect(inlineLinksHtml('Xem [ghi chú biên tập](../hieu-dinh.html#a) & <b>')).toBe('Xem <a href="../hieu-dinh.html#a">ghi chú biên tập</a> &amp; &lt;b&gt;');
    expect(inlineLinkTargets('[a](x.html) và [b](../y.html#z)')).toEqual(['x.html', '../y.html#z']);
  });
  it('drops the full stop of a heading before ":" or " · "', () => {
    expect(withoutFinalStop('… tại đơn vị Trường THCS An Hải.')).toBe('… tại đơn vị Trường THCS An Hải');
    expect(withoutFinalStop('Cải cách thể chế')).toBe('Cải cách thể chế');
  });
  it('titles a page with its own title, less a final full stop, then the site\'s', () => {
    expect(pageTitle('Liên hệ tại đơn vị Trường THCS An Hải.', 'Đề cương')).toBe('Liên hệ tại đơn vị Trường THCS An Hải · Đề cương');
    expect(pageTitle('Trình chiếu', 'Đề cương')).toBe('Trình chiếu · Đề cương');
  });
  it('takes off the quotation marks typed around a query, to quote it again', () => {
    expect(withoutOuterQuotes('"đạo đức công vụ"')).toBe('đạo đức công vụ');
    expect(withoutOuterQuotes(' “dụng nhân” ')).toBe('dụng nhân');
    expect(withoutOuterQuotes('nghị định 90')).toBe('nghị định 90');
  });
  it('continuingSentence lowers a field\'s first letter to go on after ":", but not a name\'s', () => {
    expect(continuingSentence('Đề ra đường lối đổi mới')).toBe('đề ra đường lối đổi mới');
    expect(continuingSentence('Còn hiệu lực')).toBe('còn hiệu lực');
    expect(continuingSentence('Luật Viên chức (sửa đổi) có hiệu lực từ 01/7/2026')).toBe('Luật Viên chức (sửa đổi) có hiệu lực từ 01/7/2026');
    expect(continuingSentence('Văn kiện lịch sử')).toBe('văn kiện lịch sử');
    expect(continuingSentence('')).toBe('');
  });
});

describe('sourceLink', () => {
  it('flags a source as English only when its address says so', () => {
    expect(sourceLink('https://english.luatvietnam.vn/decree-no-135.html')).toEqual({ url: 'https://english.luatvietnam.vn/decree-no-135.html', host: 'english.luatvietnam.vn', english: true });
    expect(sourceLink('https://www.vietnam.vn/en/quoc-hoi-thong-qua').english).toBe(true);
    expect(sourceLink('https://luatvietnam.vn/can-bo/nghi-dinh-112.html').english).toBe(false);
    expect(sourceLink('https://www.vietnam.vn/encyclopedia').english).toBe(false);
  });
});
