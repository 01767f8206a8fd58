/**
 * Issue "every word the site adds is true": what the site writes around the outline says no more
 * than facts.md, lists every document with its status, keeps reform areas and themes apart,
 * and shows the outline where it stands (built dist/).
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { isWordPrefix } from '../../src/outline/nav';
import { resolveHref } from '../../src/site/relative-url';
import { collapseWhitespace } from '../../src/site/text';
import { DIST, FACTS, readCorrections, readDist } from '../support/site';

const files = listFiles(DIST);
const pages = files.filter((f) => f.endsWith('.html'));
const page = (path: string) => parse(readDist(path));
const text = (el: HTMLElement | null | undefined) => collapseWhitespace(el?.textContent ?? '');
const facts = readFileSync(FACTS, 'utf8');
const factsFlat = collapseWhitespace(facts).toLowerCase();
const areaPages = files.filter((f) => /^linh-vuc\/(?!index)[^/]+\.html$/.test(f));
const sectionPages = files.filter((f) => /^(phan-[abc]|[ab]-[ivx-]+\d*)\.html$/.test(f));

/** Every link to a document page inside the lists that name documents, with the page it is on. */
function listedDocumentLinks(): Array<{ path: string; link: HTMLElement }> {
  const found: Array<{ path: string; link: HTMLElement }> = [];
  for (const path of [...sectionPages, ...areaPages, 'van-ban/index.html']) {
    for (const link of page(path).querySelectorAll('.doc-list a, .doc-table th a')) found.push({ path, link });
  }
  return found;
}

describe('documents: status wherever they are listed (items 1–5)', () => {
  it('every listed document has its status next to it, and the lists are found', () => {
    const listed = listedDocumentLinks();
    expect(listed.length).toBeGreaterThan(20);
    for (const { path, link } of listed) {
      const target = resolveHref(path, link.getAttribute('href')!);
      if (target.startsWith('van-ban/dai-hoi-')) continue; // events have no status
      const holder = link.closest('li') ?? link.closest('tr');
      const status = text(holder?.querySelector('.doc-status'));
      expect(status, `${path}: ${text(link)}`).not.toBe('');
    }
  });

  it('no page calls the list of documents "Văn bản áp dụng"', () => {
    for (const path of pages) expect(readDist(path), path).not.toContain('Văn bản áp dụng');
  });

  it('the 112/2020 page says plainly where the outline gives that number, without "còn"', () => {
    const notice = text(page('van-ban/nd-112-2020-nd-cp.html').querySelector('.notice'));
    expect(notice).not.toContain('còn ghi nhầm');
    expect(notice).toContain('chỉ nêu số hiệu này một lần, ở mục B.I.4');
    expect(notice).toContain('135/2020/NĐ-CP');
  });

  it('135/2020 is not among the documents B.I.4 cites, and is marked wherever it is listed', () => {
    const aside = page('b-i-4.html').querySelector('.relations')!;
    const cites = aside.querySelectorAll('div').find((d) => text(d.querySelector('p')).startsWith('Văn bản được viện dẫn'))!;
    expect(cites.querySelector('a[href$="nd-135-2020-nd-cp.html"]')).toBeNull();
    expect(text(aside)).toContain('Nêu trong ghi chú biên tập: Nghị định số 135/2020/NĐ-CP');
    for (const path of ['van-ban/index.html', 'linh-vuc/che-do-cong-vu.html']) {
      const link = page(path).querySelectorAll('.doc-list a, .doc-table a').find((a) => a.getAttribute('href')?.endsWith('nd-135-2020-nd-cp.html'))!;
      expect(text(link.closest('li') ?? link.closest('th')), path).toContain('(nêu trong ghi chú biên tập)');
    }
    expect(text(page('van-ban/nd-135-2020-nd-cp.html').querySelector('main'))).toContain('Đề cương không viện dẫn nghị định này');
  });

  it('90/2020 says the outline cites it for viên chức; 115/2020 shows no doubtful date in force; no field holds a "?"', () => {
    expect(text(page('van-ban/nd-90-2020-nd-cp.html').querySelector('.notice'))).toMatch(/viện dẫn nghị định này cho việc đánh giá viên chức.*viên chức.*chưa xác minh được/);
    const rows = (path: string) => page(path).querySelectorAll('.doc-meta tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
    expect(Object.fromEntries(rows('van-ban/nd-115-2020-nd-cp.html'))['Ngày có hiệu lực']).toBe('chưa xác minh được');
    for (const path of files.filter((f) => /^van-ban\/(?!index)/.test(f))) {
      for (const [label, value] of rows(path)) expect(value, `${path}: ${label}`).not.toContain('?');
    }
  });

  it('a congress is shown as an event, without the fields of a document; nobody is "ông"', () => {
    for (const path of ['van-ban/dai-hoi-vi.html', 'van-ban/dai-hoi-xiii.html']) {
      const main = text(page(path).querySelector('main'));
      for (const word of ['Số hiệu', 'Loại văn bản', 'Trích yếu', 'không có số hiệu', 'Tình trạng']) expect(main, `${path}: ${word}`).not.toContain(word);
      const rows = page(path).querySelectorAll('.doc-meta tr').map((tr) => `${text(tr.querySelector('th'))}: ${text(tr.querySelector('td'))}`);
      expect(rows).toContain('Địa điểm: Hà Nội');
    }
    for (const path of pages) expect(readDist(path), path).not.toContain('ông Nguyễn Xuân Phúc');
    // facts.md gives the signer's name, not his title: the page says no more.
    expect(facts).not.toMatch(/Thủ tướng Nguyễn Xuân Phúc/);
    expect(text(page('van-ban/nd-90-2020-nd-cp.html').querySelector('main'))).toContain('người ký: Nguyễn Xuân Phúc');
  });

  it('sources whose address says they are in English are flagged', () => {
    const link = page('van-ban/nd-135-2020-nd-cp.html').querySelector('.sources a[href*="english.luatvietnam.vn"]')!;
    expect(text(link.parentNode)).toContain('(trang tiếng Anh');
    expect(text(page('van-ban/nd-112-2020-nd-cp.html').querySelector('.sources'))).not.toContain('tiếng Anh');
  });
});

describe('quotations (item 9)', () => {
  /** The quoted texts of facts.md: the first column of the quotations table, and the other expressions. */
  const quoted = [
    ...facts
      .split('## Quotations attributed to Hồ Chí Minh')[1]
      .split('\n')
      .filter((line) => line.startsWith('| "'))
      .map((line) => /^\| "([^"]+)"/.exec(line)![1]),
    ...[...facts.split('Other expressions the outline puts in quotation marks:')[1].split('are presented as')[0].matchAll(/"([^"]+)"/g)]
      .map((m) => collapseWhitespace(m[1]))
      .filter((q) => !q.endsWith('…')), // "(written "chủ trọng…")" is how the outline misspells one
  ];

  it('the quotations page holds every quoted text and expression facts.md lists', () => {
    expect(quoted).toHaveLength(10);
    const quotations = text(page('trich-dan.html').querySelector('main'));
    for (const q of quoted) expect(quotations, q).toContain(q);
  });

  it('the expressions are attributed to no one, with an unverified source', () => {
    const expressions = page('trich-dan.html').querySelectorAll('section:has(#cum-tu) .quotation');
    expect(expressions).toHaveLength(3);
    for (const entry of expressions) {
      expect(text(entry)).not.toContain('Lời của');
      expect(text(entry)).toContain('Nguồn chưa xác minh được');
    }
  });

  it('an unverified attribution says it is the outline’s; the source never repeats "nguồn"', () => {
    const quotations = text(page('trich-dan.html').querySelector('main'));
    expect(quotations).toContain('Lời của Chủ tịch Hồ Chí Minh (theo đề cương)');
    for (const path of pages) {
      const main = text(page(path).querySelector('main'));
      expect(main, path).not.toMatch(/Nguồn:? chưa xác minh được nguồn/i);
      expect(main, path).not.toContain('Xuất xứ: Hồ Chí Minh');
      expect(main, path).not.toContain('lời trích của');
    }
  });

  it('quotation notes and entries follow the order of the text', () => {
    const notes = page('a-i-3.html').querySelectorAll('.quote-notes li').map(text);
    const order = ['thiếu óc tổ chức', 'Tổ chức phải gọn gàng', 'dụng nhân như dụng mộc', 'ít mà tốt', 'Tất cả mọi người'];
    expect(notes.map((n) => order.findIndex((o) => n.includes(o)))).toEqual([0, 1, 2, 3, 4]);
    const entries = page('trich-dan.html').querySelectorAll('section:has(#cau-trich-dan) .quotation blockquote').map(text);
    expect(entries.findIndex((e) => e.includes('thiếu óc'))).toBeLessThan(entries.findIndex((e) => e.includes('dụng nhân')));
  });
});

describe('reform areas and themes (item 10)', () => {
  it('the index lists the six areas of Nghị quyết 76/NQ-CP under one heading and the two themes under another', () => {
    const index = page('linh-vuc/index.html');
    const group = (id: string) => index.querySelectorAll(`section:has(#${id}) .area-list > li > a`).map(text);
    expect(group('nhom-linh-vuc')).toEqual([
      'Cải cách thể chế',
      'Cải cách thủ tục hành chính',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    ]);
    expect(group('nhom-chu-de')).toEqual(['Chỉ số cải cách hành chính và các chỉ số liên quan', 'Thanh tra, kiểm tra, giám sát']);
    // The six names, as facts.md gives them (the sixth at the level of a province or district).
    for (const name of group('nhom-linh-vuc').slice(0, 5)) expect(factsFlat).toContain(name.toLowerCase());
    expect(factsFlat).toContain('chính quyền điện tử, chính quyền số');
  });

  it('no page names the area "Chuyển đổi số, chính quyền điện tử"', () => {
    for (const path of pages) expect(readDist(path), path).not.toContain('Chuyển đổi số, chính quyền điện tử');
  });

  it('a section lists its themes apart from its areas, names joined with semicolons', () => {
    const aside = text(page('phan-b.html').querySelector('.relations'));
    expect(aside).toContain('Lĩnh vực cải cách: Cải cách thể chế; Cải cách thủ tục hành chính;');
    expect(aside).toContain('Chủ đề khác: Chỉ số cải cách hành chính và các chỉ số liên quan; Thanh tra, kiểm tra, giám sát');
  });

  it('area passages follow the outline’s reading order', () => {
    const readingOrder = page('toan-van.html').querySelectorAll('section.section[id]').map((s) => s.id);
    for (const path of areaPages) {
      const at = page(path).querySelectorAll('.cited figcaption a').map((a) => readingOrder.indexOf(a.getAttribute('href')!.replace(/^\.\.\/|\.html.*$/g, '')));
      expect(at.every((n) => n >= 0), path).toBe(true);
      expect(at, path).toEqual([...at].sort((a, b) => a - b));
    }
  });
});

describe('corrections are marked where they stand (item 6)', () => {
  const corrections = readCorrections().filter((c) => c.kind !== 'ghi-chu');

  it('every correction of the text, a heading or a number links to its entry, on its page and in the full text', () => {
    expect(corrections.map((c) => c.kind)).toEqual(expect.arrayContaining(['sua-loi', 'de-muc', 'danh-so']));
    const full = page('toan-van.html');
    for (const c of corrections) {
      // A restored number stands in the headings of the part's sections.
      const where = [`${c.section}.html`, ...sectionPages.filter((p) => c.kind === 'danh-so' && p.startsWith(`${c.section}-`))];
      const marked = where.filter((path) => page(path).querySelector(`a.fix[href="hieu-dinh.html#${c.id}"]`));
      expect(marked.length, `${c.id} on ${where.join(', ')}`).toBeGreaterThan(0);
      expect(full.querySelector(`a.fix[href="hieu-dinh.html#${c.id}"]`), `${c.id} in toan-van.html`).not.toBeNull();
    }
  });

  it('the corrected heading of B.I.5 is marked, with its own kind on the editorial page', () => {
    const link = page('b-i-5.html').querySelector('h1 a.fix')!;
    expect(text(link)).toBe('Cải cách tài chính công');
    expect(link.getAttribute('title')).toBe('Đã hiệu đính; nguyên văn: “Cải cách hành chính công”');
    const group = page('hieu-dinh.html').querySelector('section:has(#nhom-de-muc)')!;
    expect(text(group.querySelector('h2'))).toBe('Đề mục ghi nhầm tên lĩnh vực');
    expect(group.querySelector('#tai-chinh-cong')).not.toBeNull();
    expect(text(page('hieu-dinh.html').querySelector('main > article > p, article p'))).toContain('một đề mục ghi nhầm tên lĩnh vực');
  });

  it('an editor’s note shows the outline’s sentence and the note, not a “reason”, and links both decrees it names (facts.md)', () => {
    const note = page('hieu-dinh.html').getElementById('nd-112-135')!;
    expect(note.querySelectorAll('dt').map(text)).toEqual(['Câu của đề cương', 'Nội dung ghi chú', 'Văn bản liên quan']);
    expect(note.querySelectorAll('dd a').map((a) => a.getAttribute('href'))).toEqual(['van-ban/nd-112-2020-nd-cp.html', 'van-ban/nd-135-2020-nd-cp.html']);
    // A typo's entry names no document.
    expect(page('hieu-dinh.html').getElementById('tai-chinh-cong')!.querySelectorAll('dd a')).toHaveLength(0);
  });

  it('the areas page names who signed Nghị quyết 76/NQ-CP and says Part B uses headings close to its six areas (facts.md)', () => {
    const intro = text(page('linh-vuc/index.html').querySelector('main'));
    expect(intro).toContain('Phó Thủ tướng Trương Hòa Bình ký');
    expect(intro).toContain('sáu đề mục gần với sáu lĩnh vực');
  });
});

describe('short titles (item 7)', () => {
  it('every menu entry is the first words of the heading of the page it opens, cut at a word boundary', () => {
    const entries = page('index.html').querySelectorAll('.outline-menu a');
    expect(entries.length).toBeGreaterThan(15);
    for (const a of entries) {
      const heading = text(page(a.getAttribute('href')!).querySelector('h1'));
      expect(isWordPrefix(text(a), heading), `“${text(a)}” / “${heading}”`).toBe(true);
    }
  });
  it('the short titles keep what the headings are about', () => {
    const menu = page('index.html').querySelectorAll('.outline-menu a').map(text);
    expect(menu).toContain('1. Xây dựng nền hành chính thống nhất giữa mục tiêu chính trị và mục tiêu hành chính');
    expect(menu).toContain('B. Vận dụng, liên hệ với việc thực hiện và phát huy dân chủ');
    expect(menu).toContain('6, Xây dựng phát triển chính quyền điện tử');
  });
});

describe('the sentence that closes B.I stands where the outline has it (item 8)', () => {
  const closing = 'Trên đây là kết quả thực hiện cải cách hành chính năm 2023 – 2024 của đơn vị nhà trường.';
  it('closes B.I in the full text: after the last item of 6.3, before Part C', () => {
    const full = text(page('toan-van.html').querySelector('main'));
    const at = full.indexOf(closing);
    expect(at).toBeGreaterThan(full.indexOf('Đồng thời đáp ứng hệ thống mạng cho giáo viên'));
    expect(at).toBeLessThan(full.indexOf('C. KẾT LUẬN'));
    // Outside B.I.6: the full text shows it after the section of B.I.6, not inside it.
    expect(text(page('toan-van.html').querySelector('section#b-i-6'))).not.toContain(closing);
  });
  it('is on the page of B.I, after the list of its sections, and not on B.I.6, its area page or the worksheet', () => {
    const partPage = page('b-i.html');
    expect(text(partPage.querySelector('.section__text--part-end'))).toBe(closing);
    expect(text(partPage.querySelector('main'))).toContain(closing);
    for (const path of ['b-i-6.html', 'linh-vuc/chuyen-doi-so.html', 'phieu-lien-he.html']) {
      expect(text(page(path).querySelector('main')), path).not.toContain('Trên đây là kết quả');
    }
  });
});

describe('glossary (item 11)', () => {
  const glossary = page('thuat-ngu.html');
  const terms = (id: string) => glossary.querySelectorAll(`section:has(#${id}) dt abbr`).map(text);
  it('keeps the abbreviations the outline uses apart from related terms it never abbreviates', () => {
    expect(terms('nhom-lien-quan')).toEqual(expect.arrayContaining(['PAR INDEX', 'PAPI', 'PCI', 'SIPAS']));
    expect(terms('nhom-de-cuong')).toEqual(expect.arrayContaining(['CCHC', 'TTHC', 'PMIS', 'LMS']));
    for (const term of ['PAR INDEX', 'PAPI', 'PCI', 'SIPAS']) expect(terms('nhom-de-cuong')).not.toContain(term);
  });
  it('shows an expansion facts.md does not give as unverified, on hover too; nothing in English', () => {
    const pmis = glossary.getElementById('pmis')!;
    expect(pmis.querySelector('abbr')!.getAttribute('title')).toBe('chưa xác minh được tên đầy đủ');
    expect(page('b-i-6.html').querySelectorAll('abbr').find((a) => text(a) === 'PMIS')?.getAttribute('title')).toBe('chưa xác minh được tên đầy đủ');
    for (const path of pages) expect(readDist(path), path).not.toMatch(/Management|Information System/);
  });
});

/** Words of developers or of English that must never reach a teacher (the outline’s own words aside). */
const DEVELOPER_WORDS = /(?<![\p{L}\p{N}])(?:npm|build|dev|kind|version|fields|superior|Management|offline|undefined|null)(?![\p{L}\p{N}])|(?<![\p{L}])(?-i:NaN)(?![\p{L}])|area:|count:|\.json|\{\w+\}/iu;

/** What a reader sees of a page, outside the outline’s own words: text, and the attributes a browser shows. */
function interfaceText(html: string): string {
  const root = parse(html);
  const shown = ['title', 'aria-label', 'placeholder', 'alt'].flatMap((name) => root.querySelectorAll(`[${name}]`).map((el) => el.getAttribute(name)!));
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  // The outline's words (section text, quoted passages, examples) may hold "Website", "E-Learning"…
  for (const el of root.querySelectorAll('script, style, .section__text, blockquote, .worksheet__example-box li, .theme, head')) el.remove();
  return [root.textContent, description, ...shown].join('\n');
}

describe('interface words (items 12, 13)', () => {
  it('the check sees a developer word', () => {
    expect(DEVELOPER_WORDS.test('Tệp .json này thiếu “kind”')).toBe(true);
    expect(DEVELOPER_WORDS.test('Ô “{label}”')).toBe(true);
    expect(DEVELOPER_WORDS.test('Lưu phiếu thành tệp')).toBe(false);
  });
  it('no page shows a developer or English word from the list, or an unfilled placeholder', () => {
    for (const path of pages) {
      const words = interfaceText(readDist(path));
      expect(DEVELOPER_WORDS.exec(words)?.[0], path).toBeUndefined();
    }
  });
  it('the strings a page script shows are plain Vietnamese too', () => {
    for (const path of ['tim-kiem.html', 'phieu-lien-he.html']) {
      const strings = Object.assign({}, ...page(path).querySelectorAll('script[data-ui-strings]').map((block) => JSON.parse(block.textContent))) as Record<string, string>;
      for (const [key, value] of Object.entries(strings)) {
        // Placeholders are filled by the script; the words around them are what a teacher reads.
        expect(DEVELOPER_WORDS.exec(value.replace(/\{\w+\}/g, ''))?.[0], `${path}: ${key}`).toBeUndefined();
      }
    }
  });
  it('the cell is named as a sentence writes it, outside the masthead; the replaced phrases are gone', () => {
    for (const path of pages) {
      const root = parse(readDist(path));
      for (const el of root.querySelectorAll('.masthead, .slide__masthead, .worksheet-print-head, .worksheet__example, script, head')) el.remove();
      const words = collapseWhitespace(root.textContent);
      expect(words, path).not.toContain('CHI BỘ TRƯỜNG');
      for (const phrase of ['khả năng cao', 'văn bản đọc', 'được nguồn.', 'Xuất xứ: Hồ Chí Minh', 'Được trích dẫn trong đề cương', 'Tiếp theo →', '← Trước ', 'Nơi, ngày ban hành', 'Sửa đổi, bổ sung bởi', 'Thay thế bởi']) {
        expect(words, `${path}: ${phrase}`).not.toContain(phrase);
      }
    }
    expect(text(page('index.html').querySelector('.site-footer'))).toContain('Tài liệu học tập của Chi bộ Trường THCS An Hải.');
  });
});

describe('the worksheet in plain words (item 14)', () => {
  const sheet = page('phieu-lien-he.html');
  it('has its controls above and below the answers, in words for teachers', () => {
    const rows = sheet.querySelectorAll('.worksheet__tools');
    expect(rows).toHaveLength(2);
    // The hidden "Hoàn tác" shows only once there is something to bring back.
    for (const row of rows) row.querySelectorAll('[hidden]').forEach((button) => button.remove());
    for (const row of rows) expect(text(row)).toBe('Lưu phiếu thành tệp Lưu thành tệp văn bản (mở bằng Word) Mở phiếu đã lưu Gộp thêm phiếu của người khác In phiếu Xóa hết');
    expect(sheet.querySelectorAll('[data-worksheet-status][role="status"]')).toHaveLength(1);
  });
  it('does not say the examples stand beside the boxes (on a phone they are below)', () => {
    expect(text(sheet.querySelector('main'))).not.toContain('bên cạnh');
  });
  it('links every document its examples name, like everywhere else', () => {
    for (const item of sheet.querySelectorAll('.worksheet__example-box li')) {
      for (const match of text(item).matchAll(/Nghị định số \d+\/\d{4}\/NĐ-CP/g)) {
        const inLink = item.querySelectorAll('a').some((a) => text(a).includes(match[0]));
        expect(inLink, match[0]).toBe(true);
      }
    }
    expect(sheet.querySelectorAll('.worksheet__example-box a.doc-ref').length).toBeGreaterThanOrEqual(4);
  });
  it('marks the corrected words of its examples, and names the field of every answer box by its label', () => {
    expect(sheet.querySelector('.worksheet__example-box a.fix[href="hieu-dinh.html#ioffice"]')).not.toBeNull();
    for (const field of sheet.querySelectorAll('[data-worksheet] input[name]:not([type="file"]), [data-worksheet] textarea')) {
      expect(field.getAttribute('data-label'), field.getAttribute('name')!).toBeTruthy();
    }
  });
});

describe('small things (item 17)', () => {
  it('no description or title runs a heading into a colon after its full stop', () => {
    for (const path of pages) {
      const root = page(path);
      for (const content of [root.querySelector('meta[name="description"]')?.getAttribute('content'), root.querySelector('meta[property="og:description"]')?.getAttribute('content'), text(root.querySelector('title'))]) {
        expect(content ?? '', path).not.toMatch(/\.[:·]|\. ·/);
      }
    }
  });
  it('descriptions and map hints never run one list item into the next', () => {
    const hints = page('index.html').querySelectorAll('.outline-map__hint').map(text);
    for (const path of sectionPages) {
      const root = page(path);
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      for (const list of root.querySelectorAll('.section__text ul, .section__text ol')) {
        const items = list.querySelectorAll(':scope > li').map(text);
        for (let i = 1; i < items.length; i += 1) {
          const joined = `${items[i - 1].slice(-12)} ${items[i].slice(0, 12)}`;
          expect(description, `${path}: “${joined}”`).not.toContain(joined);
          for (const hint of hints) expect(hint, `home map: “${joined}”`).not.toContain(joined);
        }
      }
    }
  });
  it('a part with no words of its own says what it holds on the home map', () => {
    const entries = page('index.html').querySelectorAll('.outline-map li li');
    const part = entries.find((li) => text(li.querySelector('a')).startsWith('I, Kết quả đạt được'))!;
    expect(text(part.querySelector('.outline-map__hint'))).toBe('Gồm 6 mục.');
  });
  it('area names are joined with semicolons; an editor’s note links “(xem trang Hiệu đính)”', () => {
    expect(text(page('phan-b.html').querySelector('.relations'))).not.toMatch(/Cải cách thể chế, Cải cách/);
    for (const path of pages) {
      expect(page(path).querySelectorAll('a').map(text), path).not.toContain('(Hiệu đính)');
    }
    expect(page('b-i-4.html').querySelectorAll('.editor-note a').map(text)).toContain('(xem trang Hiệu đính)');
  });
});
