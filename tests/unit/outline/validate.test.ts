import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/outline/validate/problems';
import { validateOutline, bodyLinks, checkBodyHeadings, componentIds } from '../../../src/outline/validate/structure';
import { validateRelations } from '../../../src/outline/validate/relations';
import { slideContentProblem } from '../../../src/outline/validate/slide-problems';
import { SlideProblem } from '../../../src/outline/slide-text';

const section = (id: string, data: Record<string, unknown>, body = '') => ({
  id,
  file: `content/de-cuong/${id}.mdx`,
  data: { kind: 'section', title: id, part: 'A', number: 'A.I.1', order: 1, areas: [], cites: [], ...data } as never,
  body,
});
const known = { 'van-ban': new Set(['nd-90']), 'linh-vuc': new Set(['the-che']) };

describe('validateOutline', () => {
  it('names the file, the field and what was expected', () => {
    const problems = validateOutline({
      sections: [
        section('a', { number: 'A.I.1', order: 1, cites: ['nd-99'] }, 'Xem [x](/b.html) và <Fix id="khong" />'),
        section('b', { number: 'A.I.1', order: 2, parent: 'zz' }),
      ],
      corrections: [],
      knownIds: known,
      otherPages: ['index.html'],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/de-cuong/b.mdx › number: "A.I.1" is already used by content/de-cuong/a.mdx; expected a unique section number',
      'content/de-cuong/a.mdx › cites[0]: "nd-99" is not the id of a file in content/van-ban; expected one of "nd-90"',
      'content/de-cuong/a.mdx › body <Fix|EditorNote id> #1: "khong" is not an entry of content/hieu-dinh; expected one of (none yet)',
      'content/de-cuong/a.mdx › body link: "/b.html" starts with "/": write it relative, e.g. "b.html", so the site works under a sub-folder and from file://',
      'content/de-cuong/b.mdx › parent: "zz" is not the id of a section of content/de-cuong; expected one of "a", "b"',
    ]);
  });
  it('refuses a reading order used twice and a page name taken by another page', () => {
    const problems = validateOutline({
      sections: [section('a', { order: 5, number: 'A.I.1' }), section('toan-van', { order: 5, number: 'A.I.2' })],
      corrections: [{ id: 'c', file: 'content/hieu-dinh/hieu-dinh.yaml', data: { section: 'zz' } }],
      knownIds: known,
      otherPages: ['index.html', 'toan-van.html'],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/de-cuong/toan-van.mdx › order: "5" is already used by content/de-cuong/a.mdx; expected a unique reading order',
      'content/de-cuong/toan-van.mdx › slug: "toan-van.html" is already used by src/pages; expected a page name of its own: rename the file to get another slug',
      'content/hieu-dinh/hieu-dinh.yaml › c.section: "zz" is not the id of a section of content/de-cuong; expected one of "a", "toan-van"',
      'content/hieu-dinh/hieu-dinh.yaml › c: no section shows this correction (no <Fix id="c" /> or <EditorNote id="c" /> in a section\'s text, no titleFix or labelFix "c"); expected a correction of words the outline has: delete the entry, or mark the place in the section',
    ]);
  });
  it('checks that a heading’s titleFix and labelFix name a correction of their kind with the heading’s words', () => {
    const yaml = 'content/hieu-dinh/hieu-dinh.yaml';
    const problems = validateOutline({
      sections: [
        section('b-i-5', { title: 'Cải cách tài chính', label: '5,', titleFix: 'tai-chinh-cong', labelFix: 'tai-chinh-cong' }),
        section('a-i-2', { title: 'X', label: '4.', number: 'A.I.2', order: 2, labelFix: 'danh-so-a-i' }),
      ],
      corrections: [
        { id: 'tai-chinh-cong', file: yaml, data: { section: 'b-i-5', kind: 'de-muc', original: 'Cải cách hành chính công', corrected: 'Cải cách tài chính công' } },
        { id: 'danh-so-a-i', file: yaml, data: { section: 'a-i-2', kind: 'danh-so', original: '1. … 1.', corrected: '1. … 2.' } },
      ],
      knownIds: known,
      otherPages: [],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/de-cuong/b-i-5.mdx › titleFix: "Cải cách tài chính" is not the corrected text of "tai-chinh-cong" ("Cải cách tài chính công"); expected the title to be exactly the corrected words',
      'content/de-cuong/b-i-5.mdx › labelFix: "tai-chinh-cong" is not an entry of content/hieu-dinh of kind "danh-so"; expected one of "danh-so-a-i"',
      'content/de-cuong/a-i-2.mdx › labelFix: the label "4." is not one of the numbers "danh-so-a-i" restores ("1. … 2."); expected one of them',
    ]);
  });
  it('refuses a short title that is not the first words of the heading', () => {
    const problems = validateOutline({
      sections: [section('phan-b', { title: 'VẬN DỤNG, LIÊN HỆ VỚI VIỆC THỰC HIỆN', navTitle: 'Vận dụng, liên hệ tại đơn vị' })],
      corrections: [],
      knownIds: known,
      otherPages: [],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/de-cuong/phan-b.mdx › navTitle: "Vận dụng, liên hệ tại đơn vị" is not the first words of the title "VẬN DỤNG, LIÊN HỆ VỚI VIỆC THỰC HIỆN"; expected the title\'s own first words, cut at a word boundary',
    ]);
  });
  it('places the words that close a part after the part and before what follows it', () => {
    const sections = [
      section('b-i', { kind: 'part', number: 'B.I', order: 50 }),
      section('b-i-6', { number: 'B.I.6', order: 56, parent: 'b-i' }),
      section('phan-c', { number: 'C', order: 60 }),
    ];
    const check = (order: number, parent?: string) =>
      validateOutline({ sections: [...sections, section('b-i-ket', { kind: 'part-end', order, parent })], corrections: [], knownIds: known, otherPages: [] }).map(formatProblem);
    expect(check(57, 'b-i')).toEqual([]);
    expect(check(55, 'b-i')).toEqual([
      'content/de-cuong/b-i-6.mdx › order: 56 comes after the words that close the part "b-i" (content/de-cuong/b-i-ket.mdx, order 55); expected a number below 55, or a larger order for content/de-cuong/b-i-ket.mdx (above 56)',
    ]);
    expect(check(61, 'b-i')).toEqual(['content/de-cuong/b-i-ket.mdx › order: 61 comes after "phan-c" (order 60), which is not in the part "b-i"; expected a number right after the part\'s last item (56)']);
    expect(check(57)).toEqual(['content/de-cuong/b-i-ket.mdx › parent: a "part-end" closes a part; expected the id of that part, e.g. "b-i"']);
    // Before its part, the closing words themselves are named, once.
    expect(check(45, 'b-i')).toEqual(['content/de-cuong/b-i-ket.mdx › order: 45 comes before its parent "b-i" (order 50); expected a larger number']);
  });
  it('checks the links of other content fields, such as a document’s notice', () => {
    const problems = validateOutline({
      sections: [section('a-i-1', {})],
      corrections: [],
      knownIds: known,
      otherPages: ['hieu-dinh.html', 'van-ban/nd-90.html'],
      fieldLinks: [{ file: 'content/van-ban/nd-90.md', field: 'notice', page: 'van-ban/nd-90.html', hrefs: ['../hieu-dinh.html#x', 'nd-99.html', 'https://nguon.example/'] }],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/van-ban/nd-90.md › notice: "nd-99.html" points to "van-ban/nd-99.html", which is not a page of the site; expected a file such as "a-i-1.html", "hieu-dinh.html", "van-ban/nd-90.html"',
    ]);
  });
  it('finds links and component ids in MDX bodies', () => {
    expect(bodyLinks('[a](van-ban/x.html) <a href="y.html">y</a> [b](<z.html> "t")')).toEqual(['van-ban/x.html', 'z.html', 'y.html']);
    expect(componentIds('<Fix id="a" /> <EditorNote id=\'b\' />')).toEqual(['a', 'b']);
  });
});

describe('the printed title', () => {
  const header = (docSubtitle: string) =>
    section('tieu-de', { kind: 'header', part: undefined, number: undefined, order: 0, title: 'Đề cương sinh hoạt theo chủ điểm quý IV năm 2024', docType: 'ĐỀ CƯƠNG', docSubtitle });
  const check = (docSubtitle: string) => validateOutline({ sections: [header(docSubtitle)], corrections: [], knownIds: known, otherPages: [] }).map(formatProblem);
  it('is the title in capitals, so a new title is never printed under the old quarter', () => {
    expect(check('SINH HOẠT THEO CHỦ ĐIỂM QUÝ IV NĂM 2024')).toEqual([]);
    expect(check('SINH HOẠT THEO CHỦ ĐIỂM QUÝ III NĂM 2024')).toEqual([
      'content/de-cuong/tieu-de.mdx › docSubtitle: "ĐỀ CƯƠNG" then "SINH HOẠT THEO CHỦ ĐIỂM QUÝ III NĂM 2024" is not the title "Đề cương sinh hoạt theo chủ điểm quý IV năm 2024" in capitals; expected "SINH HOẠT THEO CHỦ ĐIỂM QUÝ IV NĂM 2024"',
    ]);
  });
});

describe('checkBodyHeadings', () => {
  const file = 'content/de-cuong/a-ii-4.mdx';
  it('takes sub-headings from ### down, one level at a time', () => {
    expect(checkBodyHeadings(file, 'Lời.\n\n### Một\n\nChữ.\n\n#### Một ý\n\n### Hai\n')).toEqual([]);
  });
  it('reads no heading inside fenced code', () => {
    expect(checkBodyHeadings(file, '### Một\n\n```sh\n# một dòng chú thích\n##### nữa\n```\n')).toEqual([]);
  });
  it('refuses a heading that would stand beside the section\'s own, and one that skips a level', () => {
    expect(checkBodyHeadings(file, '# Tiêu đề thứ hai\n\n### Một\n\n##### Sâu quá\n').map(formatProblem)).toEqual([
      'content/de-cuong/a-ii-4.mdx › heading: "# Tiêu đề thứ hai": a heading in a section\'s text starts at "###" (the section\'s own heading is its title); expected "### Tiêu đề thứ hai…"',
      'content/de-cuong/a-ii-4.mdx › heading: "##### Sâu quá" skips a level after "###"; expected "####"',
    ]);
  });
});

describe('validateRelations', () => {
  /** No document file, glossary entry or text to check for leftovers. */
  const nothingUnused = { documentFiles: [], namedInNotes: new Set<string>(), glossary: [], outlineText: '' };
  it('matches the list of areas in Part B and the area pages one for one, and the typed relations to the computed ones', () => {
    const list = new Map([['phan-b', [
      { id: 'phan-b-p1', kind: 'li' as const, text: 'Cải cách thể chế', editorial: false },
      { id: 'phan-b-p2', kind: 'li' as const, text: 'Cải cách một lĩnh vực chưa có trang', editorial: false },
    ]]]);
    const problems = validateRelations({
      passages: list,
      quotations: [],
      areas: [
        { id: 'the-che', file: 'the-che.md', order: 1, listItem: 'Cải cách thể chế', passages: [{ section: 'phan-b' }], counts: [], documents: [] },
        { id: 'khac', file: 'khac.md', order: 1, listItem: 'Lĩnh vực khác', passages: [{ section: 'phan-b' }], counts: ['Rút học bạ'], documents: [] },
      ],
      areaLists: [{ id: 'phan-b', file: 'phan-b.mdx' }],
      sections: [{ id: 'phan-b', file: 'phan-b.mdx', areas: ['the-che', 'khac'], cites: ['nd-90'], named: [] }],
      documents: new Set(['nd-90']),
      ...nothingUnused,
    }).map(formatProblem);
    expect(problems).toEqual([
      'khac.md › order: "1" is already used by the-che.md; expected a unique position in Part B\'s list',
      'khac.md › counts[0]: “Rút học bạ” begins none of the passages this area quotes; expected the words of a line of the outline, e.g. “Rút học bạ”',
      'phan-b.mdx › body list: the area “Cải cách một lĩnh vực chưa có trang” has no page; expected a file in content/linh-vuc whose listItem is this line',
      'khac.md › listItem: “Lĩnh vực khác” is not a line of the list in phan-b.mdx; expected the line exactly as printed',
      'phan-b.mdx › cites: ["nd-90"] differs from the files of content/van-ban its text names (see their "mentions"; an editor\'s note does not count); expected []',
    ]);
  });
  const passages = new Map([['s', [{ id: 's-p1', kind: 'p' as const, text: 'Câu một. Câu hai.', editorial: false }]]]);
  it('reports passages that stand nowhere, unknown documents, and typed areas that drift', () => {
    const problems = validateRelations({
      passages,
      quotations: [{ id: 'q', file: 'q.yaml', section: 's', text: 'không có', found: false, document: 'x' }],
      areas: [{ id: 'a', file: 'a.md', order: 1, listItem: 'A', passages: [{ section: 's', starts: 'Câu ba' }], counts: [], documents: ['y'] }],
      areaLists: [],
      sections: [{ id: 's', file: 's.mdx', areas: [], cites: [], named: [] }],
      documents: new Set(['d']),
      ...nothingUnused,
    }).map(formatProblem);
    expect(problems).toEqual([
      'q.yaml › q.text: "không có" does not stand in section "s"; expected the quotation exactly as the outline writes it',
      'q.yaml › q.document: "x" is not the id of a file in content/van-ban; expected one of "d"',
      'a.md › documents[0]: "y" is not the id of a file in content/van-ban; expected one of "d"',
      'a.md › passages[0].starts: no sentence of section "s" begins with "Câu ba"; expected the first words of a sentence there',
      's.mdx › areas: [] differs from the areas whose pages quote this section; expected ["a"]: a section concerns an area when the area\'s file (content/linh-vuc) quotes it in "passages", so add the passage there or change "areas"',
    ]);
  });
  it('says so when an area quotes a whole section that has no words of the outline', () => {
    const notesOnly = new Map([['s', [{ id: 's-n1', kind: 'p' as const, text: 'Ghi chú biên tập.', editorial: true }]]]);
    const problems = validateRelations({
      passages: notesOnly,
      quotations: [],
      areas: [{ id: 'a', file: 'a.md', order: 1, listItem: 'A', passages: [{ section: 's' }], counts: [], documents: [] }],
      areaLists: [],
      sections: [{ id: 's', file: 's.mdx', areas: ['a'], cites: [], named: [] }],
      documents: new Set(),
      ...nothingUnused,
    }).map(formatProblem);
    expect(problems).toContain('a.md › passages[0].section: section "s" has no words of the outline to quote; expected a section with text, or "starts" naming a sentence');
  });
  it('refuses a document named by its number in the text that no file of content/van-ban mentions (search would say the outline does not cite it)', () => {
    const text = new Map([['b-i-7', [
      { id: 'b-i-7-p1', kind: 'p' as const, text: 'Thực hiện Nghị định số 90/2020/NĐ-CP và Nghị quyết số 57-NQ/TW ngày 22/12/2024, Nghị quyết 76/NQ-CP; giảm 100/TTHC; theo Nghị định 90/2020/NĐ-CP.', editorial: false },
      { id: 'b-i-7-n1', kind: 'p' as const, text: 'Ghi chú: xem thêm Nghị định số 61/2018/NĐ-CP.', editorial: true },
    ]]]);
    const problems = validateRelations({
      passages: text,
      quotations: [],
      areas: [],
      areaLists: [],
      sections: [{ id: 'b-i-7', file: 'de-cuong/b-i-7.mdx', areas: [], cites: ['nd-90'], named: ['nd-90'] }],
      documents: new Set(['nd-90']),
      ...nothingUnused,
      documentFiles: [{ id: 'nd-90', file: 'van-ban/nd-90.md', mentions: ['Nghị định số 90/2020/NĐ-CP'], number: '90/2020/NĐ-CP' }],
    }).map(formatProblem);
    const expected = (code: string) =>
      `de-cuong/b-i-7.mdx › body: “${code}” is the number of a document that no file of content/van-ban mentions; expected a file for it in content/van-ban (number, date, status, sources) whose "mentions" hold the words the outline names it with: the search page would otherwise say the outline does not cite it`;
    // An editor's note may name what the outline does not; a file that has the number is named, to add the words to its mentions.
    expect(problems).toEqual([
      expected('57-NQ/TW'),
      expected('76/NQ-CP'),
      'de-cuong/b-i-7.mdx › body: “90/2020/NĐ-CP” is the number of van-ban/nd-90.md, but none of its "mentions" stands here; expected the words the outline names it with here added to its "mentions"',
    ]);
  });
  it('refuses what another outline left behind: a document named nowhere, a glossary word the outline does not write', () => {
    const problems = validateRelations({
      passages,
      quotations: [],
      areas: [{ id: 'a', file: 'linh-vuc/a.md', order: 1, listItem: 'A', passages: [], counts: [], documents: ['nd-61'] }],
      areaLists: [],
      sections: [{ id: 's', file: 's.mdx', areas: [], cites: ['nd-90'], named: ['nd-90'] }],
      documents: new Set(['nd-90', 'nd-135', 'nd-61']),
      documentFiles: [
        { id: 'nd-90', file: 'van-ban/nd-90.md', mentions: [] },
        { id: 'nd-135', file: 'van-ban/nd-135.md', mentions: [] },
        { id: 'nd-61', file: 'van-ban/nd-61.md', mentions: [] },
      ],
      // Named by an editor's note only: its page says the outline does not cite it.
      namedInNotes: new Set(['nd-135']),
      glossary: [
        { id: 'cchc', file: 'g.yaml', term: 'CCHC', aliases: [], group: 'de-cuong' },
        { id: 'cc', file: 'g.yaml', term: 'CC', aliases: [], group: 'de-cuong' },
        { id: 'cbgvnv', file: 'g.yaml', term: 'CB,GV,NV', aliases: ['CB,GV, NV'], group: 'de-cuong' },
        { id: 'bhxh', file: 'g.yaml', term: 'BHXH', aliases: [], group: 'de-cuong' },
        { id: 'misa', file: 'g.yaml', term: 'MISA', aliases: [], group: 'ten-rieng' },
        { id: 'sipas', file: 'g.yaml', term: 'SIPAS', aliases: [], group: 'lien-quan' },
      ],
      outlineText: 'Công tác CCHC của CB,GV, NV; CBCC và phần mềm MISA.',
    }).map(formatProblem);
    expect(problems).toEqual([
      'van-ban/nd-61.md › mentions: neither the outline\'s text nor an editor\'s note names this document (none of its "mentions" stands in a section); expected a document the outline cites: delete the file and its id where it is listed (linh-vuc/a.md › documents), or add to "mentions" the words the outline uses for it',
      // "CC" only inside "CBCC"; a related word ("lien-quan") need not stand.
      'g.yaml › cc.term: "CC" stands nowhere in the outline\'s text; expected a word the outline writes (group "de-cuong"): delete the entry, write its spelling in "aliases", or give it group "lien-quan" (a related word the outline does not write)',
      'g.yaml › bhxh.term: "BHXH" stands nowhere in the outline\'s text; expected a word the outline writes (group "de-cuong"): delete the entry, write its spelling in "aliases", or give it group "lien-quan" (a related word the outline does not write)',
    ]);
  });
});

describe('slideContentProblem: what the slides cannot lay out, as the file and field to change', () => {
  const outline = {
    items: [{ id: 'b-i-6', entry: { filePath: 'content/de-cuong/b-i-6.mdx' } }],
    documents: [{ id: 'nd-30', title: 'Nghị định số 30/2020/NĐ-CP', entry: { filePath: 'content/van-ban/nd-30-2020-nd-cp.md' } }],
  } as never;
  const lineOf = (about: SlideProblem['about']) => formatProblem(slideContentProblem(outline, new SlideProblem('it is longer than a slide', about)));
  it('names the section\'s file, the document\'s status or the quotation', () => {
    expect(lineOf({ section: 'b-i-6' })).toBe('content/de-cuong/b-i-6.mdx › body: it is longer than a slide');
    expect(lineOf({ document: 'Nghị định số 30/2020/NĐ-CP' })).toBe('content/van-ban/nd-30-2020-nd-cp.md › statusShort: it is longer than a slide');
    expect(lineOf({ quotation: 'gon' })).toBe('content/trich-dan/trich-dan.yaml › gon (source, note): it is longer than a slide');
  });
});
