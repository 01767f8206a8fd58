import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../src/search/excerpt';
import { matchRanges, termsTogether } from '../../../src/search/highlight';
import { parseQuery, readQuery } from '../../../src/search/query';

const marked = (text: string, query: string) => matchRanges(text, parseQuery(query)).map(([a, b]) => text.slice(a, b));

describe('marking the words of a query', () => {
  it('marks whole words only, never the start of a longer one', () => {
    expect(marked('nhưng như vậy', 'như')).toEqual(['như']);
    // Typed without marks, "nhu" is the very common "như" on the page: not marked on its own.
    expect(marked('nhưng như vậy', 'nhu')).toEqual([]);
    expect(marked('Lý Sơn, sơ kết; soạn thảo', 'sơ')).toEqual(['sơ']);
    // "số" is very common: on its own it is not marked.
    expect(marked('Lý Sơn, sơ kết; soạn thảo số', 'so')).toEqual(['sơ']);
  });
  it('marks the words typed together where they stand together, and a lone common word not at all', () => {
    expect(marked('cơ chế một cửa; của một số người; cửa sổ', 'một cửa')).toEqual(['một', 'cửa', 'cửa']);
    expect(marked('của dân, do dân và vì dân', 'của dân do dân vì dân')).toEqual(['của', 'dân', 'do', 'dân', 'vì', 'dân']);
    expect(marked('việc của dân', 'việc dân')).toEqual(['dân']);
  });
  it('marks the words of another spelling (a glossary\'s full form) only where they stand together, and a phrase in quotation marks only whole', () => {
    const synonyms = [{ short: 'UBND', full: 'ủy ban nhân dân' }, { short: 'CCHC', full: 'cải cách hành chính' }];
    const marks = readQuery('UBND huyện', synonyms).marks;
    const on = (text: string) => matchRanges(text, marks).map(([a, b]) => text.slice(a, b));
    expect(on('do UBND huyện cung cấp')).toEqual(['UBND', 'huyện']);
    expect(on('Ủy ban nhân dân huyện Lý Sơn')).toEqual(['Ủy', 'ban', 'nhân', 'dân', 'huyện']);
    // Not a lone "nhân", "dân" or "ủy" of other words.
    expect(on('phục vụ nhân dân; Đảng ủy; cá nhân')).toEqual([]);
    // A quotation mark left open as the teacher types ('"UBND huyện') makes no phrase of the rest.
    const open = readQuery('"UBND huyện', synonyms).marks;
    const text0 = 'phục vụ nhân dân; UBND huyện; Ủy ban nhân dân tỉnh';
    expect(matchRanges(text0, open).map(([a, b]) => text0.slice(a, b))).toEqual(['UBND', 'huyện', 'Ủy', 'ban', 'nhân', 'dân']);
    const cchc = readQuery('CCHC ở trường', synonyms).marks;
    const text = 'Công tác CCHC: cải cách hành chính ở trường; hành chính công; chính sách';
    expect(matchRanges(text, cchc).map(([a, b]) => text.slice(a, b))).toEqual(['CCHC', 'cải', 'cách', 'hành', 'chính', 'ở', 'trường']);
    expect(marked('đạo đức công vụ; về đạo đức và công vụ', '"đạo đức công vụ"')).toEqual(['đạo', 'đức', 'công', 'vụ']);
  });
  it('on a page, marks a word alone only where no typed word stands beside it anywhere on the page', () => {
    const query = parseQuery('Bác Hồ về cán bộ');
    const page = ['Đội ngũ cán bộ, công chức được nâng cao.', 'Bộ máy còn cồng kềnh.', 'Chủ tịch Hồ Chí Minh dạy.'];
    const together = termsTogether(page.join(' '), query);
    const onPage = page.map((text) => matchRanges(text, query, together).map(([a, b]) => text.slice(a, b)));
    // "cán bộ" stands together on the page: the "Bộ" of "Bộ máy" is not marked; "Hồ" is never beside another typed word: marked alone.
    expect(onPage).toEqual([['cán', 'bộ'], [], ['Hồ']]);
    // Texts split by an element ("144-<abbr>QĐ/TW</abbr>"): each text is read alone, as it is marked, so "144" is marked.
    const split = ['Quy định số 144-', 'QĐ/TW', ' về chuẩn mực'];
    const numbered = parseQuery('144-QĐ/TW');
    const seen = new Set(split.flatMap((text) => [...termsTogether(text, numbered)]));
    expect(split.flatMap((text) => matchRanges(text, numbered, seen).map(([a, b]) => text.slice(a, b)))).toEqual(['144', 'QĐ', 'TW']);
    // Without the page (under a result, its excerpt alone), a lone "Bộ" is marked.
    expect(marked(page[1], 'Bác Hồ về cán bộ')).toEqual(['Bộ']);
  });
  it('marks only the words standing together in a text where three or more typed words do, not every lone one around them', () => {
    const text = 'Nhà nước Việt Nam Dân chủ Cộng hoà mới ra đời, Chủ tịch Hồ Chí Minh quyết định nhiều chủ trương';
    expect(marked(text, 'nước Việt Nam dân chủ cộng hòa mới ra đời')).toEqual(['nước', 'Việt', 'Nam', 'Dân', 'chủ', 'Cộng', 'hoà', 'mới', 'ra', 'đời']);
    // Two together are not enough: the lone words are marked too.
    expect(marked('dân chủ; Chủ tịch', 'dân chủ')).toEqual(['dân', 'chủ', 'Chủ']);
    // In another text, with no such run, the words are marked alone.
    expect(marked('Chủ tịch nước', 'nước Việt Nam dân chủ')).toEqual(['Chủ', 'nước']);
    // A word typed that is not in the run is marked wherever it stands: the abbreviation beside its full form.
    expect(marked('Kế hoạch CCHC năm 2024 về cải cách hành chính', 'cchc cải cách hành chính')).toEqual(['CCHC', 'cải', 'cách', 'hành', 'chính']);
  });
  it('marks as typed when typed with tone marks, every spelling when typed without', () => {
    expect(marked('đảng và đang', 'đảng')).toEqual(['đảng']);
    expect(marked('đảng và đang', 'dang')).toEqual(['đảng']);
    // The tone of a final oa, oe, uy stands on either vowel: one spelling.
    expect(marked('hiện đại hoá; hóa đơn; hoa', 'hóa')).toEqual(['hoá', 'hóa']);
    expect(marked('Ủy ban và uỷ nhiệm', 'uỷ')).toEqual(['Ủy', 'uỷ']);
    expect(marked('HÒA BÌNH', 'hoà bình')).toEqual(['HÒA', 'BÌNH']);
    expect(marked('hòa; hoàn', 'hoà')).toEqual(['hòa']);
    // Typed with marks, a word without one is meant so too, alone: "tinh" is not "tỉnh".
    expect(marked('ở tỉnh; tinh thần; tính toán', 'tinh giản biên chế')).toEqual(['tinh']);
    expect(marked('tinh giản biên chế ở tỉnh', 'tinh giản biên chế')).toEqual(['tinh', 'giản', 'biên', 'chế']);
    expect(marked('Ủy ban nhân dân; văn bản', 'Uỷ ban nhân dân')).toEqual(['Ủy', 'ban', 'nhân', 'dân']);
    expect(marked('văn bản; ban hành', 'Uỷ ban nhân dân')).toEqual(['ban']);
    // Marks on a question's words only ("là gì", spelled for a teacher who typed none:
    // question-phrases.ts) do not make the other words "typed with marks".
    expect(marked('cải tạo; cách làm; tỉnh', 'cai cach tinh là gì')).toEqual(['cải', 'cách', 'tỉnh']);
    // Together, the words typed still mark whatever their spelling ("cải cach" marks "cải cách").
    expect(marked('cải cách hành chính; cách làm', 'cải cach')).toEqual(['cải', 'cách']);
    // Typed without any mark, every spelling.
    expect(marked('tinh giản ở tỉnh', 'tinh gian')).toEqual(['tinh', 'giản', 'tỉnh']);
    // So does a final "y" or "i" after a consonant.
    expect(marked('Kỹ năng, kĩ thuật; kỳ họp', 'kĩ')).toEqual(['Kỹ', 'kĩ']);
    expect(marked('lý luận và lí luận', 'ly luan')).toEqual(['lý', 'luận', 'lí', 'luận']);
  });
});

describe('excerptAround', () => {
  it('keeps a short text whole and cuts a long one where the query stands', () => {
    expect(excerptAround('Một câu ngắn.', parseQuery('câu'))).toBe('Một câu ngắn.');
    const text = `${'mở đầu '.repeat(40)}dụng nhân như dụng mộc ${'kết thúc '.repeat(40)}`;
    const excerpt = excerptAround(text, parseQuery('dung nhan nhu dung moc'), 12);
    expect(excerpt).toContain('dụng nhân như dụng mộc');
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
  });

  it('takes the first window that holds the most marked words, a run of them counting once per word in it', () => {
    // The window weighed word by word, as a reader would: a marked word counts the length of its run.
    const firstBestWindow = (hits: boolean[], size: number) => {
      const weights = hits.map((hit, i) => {
        if (!hit) return 0;
        let [a, b] = [i, i];
        while (hits[a - 1]) a -= 1;
        while (hits[b + 1]) b += 1;
        return b - a + 1;
      });
      let from = 0;
      let best = -1;
      for (let start = 0; start + size <= hits.length; start += 1) {
        const sum = weights.slice(start, start + size).reduce((x, y) => x + y, 0);
        if (sum > best) [best, from] = [sum, start];
      }
      return from;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round += 1) {
      const words = Array.from({ length: 13 + Math.floor(random() * 40) }, () => (random() < 0.3 ? 'cửa' : 'nhà'));
      const size = 2 + Math.floor(random() * 10);
      const hits = words.map((word) => word === 'cửa');
      const best = firstBestWindow(hits, size);
      // The excerpt starts four words before the window's first hit, keeping its last hit and its
      // length; later if the window's first longest run needs it to have size/5 words after it
      // (as many as there are), never past that run's start.
      const inWindow = hits.map((hit, i) => (hit && i >= best && i < best + size ? i : -1)).filter((i) => i >= 0);
      let start = best;
      if (inWindow.length) {
        const runOf = (i: number) => {
          let [a, b] = [i, i];
          while (hits[a - 1]) a -= 1;
          while (hits[b + 1]) b += 1;
          return [a, b + 1];
        };
        const runs = inWindow.map(runOf);
        const [runStart, runEnd] = runs.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
        const context = Math.max(0, Math.min(inWindow[0] - 4, words.length - size), inWindow[inWindow.length - 1] - size + 1);
        start = Math.max(context, Math.min(runEnd + Math.floor(size / 5) - size, words.length - size, runStart));
      }
      const excerpt = excerptAround(words.join(' '), parseQuery('cửa'), size);
      expect(excerpt.replace(/^… /, '').replace(/ …$/, ''), `${words.join(' ')} (${size})`).toBe(words.slice(start, start + size).join(' '));
    }
  });

  it('shows the words typed together rather than as many of them scattered', () => {
    const text = `${'mở đầu '.repeat(20)}hiện nay và hiện đại, thực hiện nghiêm ${'ở giữa '.repeat(20)}từng bước hiện đại hóa nền công vụ ${'kết thúc '.repeat(20)}`;
    expect(excerptAround(text, parseQuery('hiện đại hoá'), 12)).toContain('hiện đại hóa nền công vụ');
  });

  it('weighs a word the text says less often more: a document\'s number rather than its kind said again and again', () => {
    const text = `Nghị định số 112/2020/NĐ-CP ${'ở giữa '.repeat(6)}Nghị định về tuổi nghỉ hưu ${'ở giữa '.repeat(6)}Nghị định này ${'ở giữa '.repeat(20)}được thay bằng số 172/2025/NĐ-CP ${'kết thúc '.repeat(20)}`;
    expect(excerptAround(text, parseQuery('nghị định 172/2025'), 20)).toContain('172/2025');
  });

  it('keeps some words after the words typed together, rather than every scattered mark before them', () => {
    // As in the outline: "… các quy định về đánh giá viên chức …" ended the excerpt.
    const text = `${'mở đầu '.repeat(10)}đánh giá công chức ${'ở giữa '.repeat(14)}về đánh giá viên chức chưa xác minh được nên trang này ghi là chưa rõ ${'kết thúc '.repeat(20)}`;
    const excerpt = excerptAround(text, parseQuery('đánh giá viên chức'), 40);
    expect(excerpt).toContain('đánh giá viên chức chưa xác minh được nên trang này ghi');
  });
});
